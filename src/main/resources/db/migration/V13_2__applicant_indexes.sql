-- 我的 scope of the permit list and the prefill of 我要作业 read an applicant's permits in their own order
-- (PermitSearch, PermitQueries.lastOf; ADR 0088). The old (applicant_id, created_at) index was read whole for both:
-- the list sorted by planned start, and the latest permit was found by reading every one of the applicant's
-- permits (4,401 entries and rows for a busy leader on the 100,000-permit file).
-- The list's page and count read this one alone (it holds every column their conditions name) and stop after the page.
create index work_permit_applicant_start on work_permit (applicant_id, planned_start desc, id desc, company_id,
    planned_end, status);
-- The latest permit: one entry.
create index work_permit_applicant_latest on work_permit (applicant_id, created_at desc, id);
drop index work_permit_applicant;
