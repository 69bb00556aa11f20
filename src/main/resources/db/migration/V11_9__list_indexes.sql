-- Indexes for the lists that are now filtered, ordered and limited in the database (issue 16, ADR 0080).
-- Each serves one query's WHERE and ORDER BY, so a page reads its rows from the index in order and stops
-- (descending where the list is newest first: H2 does not read an ascending index backwards).

-- Permit list of a company, newest planned start first (PermitSearch), with and without a status filter.
create index work_permit_company_start on work_permit (company_id, planned_start desc, id desc);
create index work_permit_company_status_start on work_permit (company_id, status, planned_start desc, id desc);
-- 待我审批: a company's pending permits in submission order (WorkPermitRepository.decidableBy).
create index work_permit_company_status_created on work_permit (company_id, status, created_at);
-- 我的 scope of the list and the applicant's last permit (prefill of 我要作业).
create index work_permit_applicant on work_permit (applicant_id, created_at);
-- Worker search pages in (name, id) order: the tie-breaker in the index lets the scan stop after the page.
create index worker_company_name_id on worker (company_id, name, id);
-- The sweeps of live permits by status (reminders, expiry, monitoring), instead of reading every permit.
create index work_permit_status_type on work_permit (status, work_type);
