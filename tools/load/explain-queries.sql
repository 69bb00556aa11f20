-- Q1 inbox (decidableBy)
explain analyze select wp.* from work_permit wp where wp.company_id = '00000000-0000-0000-0000-00000000000c' and wp.status = 'PENDING_APPROVAL' and wp.applicant_id <> '00000000-0000-0000-0000-0000000000d1' and exists (select 1 from approval_step s where s.work_permit = wp.id and s.status = 'PENDING' and s.role in ('UNIT_APPROVER')) and not exists (select 1 from approval_step d where d.work_permit = wp.id and d.decided_by = '00000000-0000-0000-0000-0000000000d1') order by wp.created_at;
-- Q2 permit list, first page
explain analyze select id from work_permit where company_id in ('00000000-0000-0000-0000-00000000000c') and planned_start < timestamp with time zone '2999-01-01 00:00:00+00' and planned_end > timestamp with time zone '2000-01-01 00:00:00+00' order by planned_start desc, id desc limit 20 offset 0;
-- Q3 permit list, status filter
explain analyze select id from work_permit where company_id in ('00000000-0000-0000-0000-00000000000c') and planned_start < timestamp with time zone '2999-01-01 00:00:00+00' and planned_end > timestamp with time zone '2000-01-01 00:00:00+00' and status = 'PENDING_APPROVAL' order by planned_start desc, id desc limit 20 offset 0;
-- Q4 permit list, keyset page deep in the list
explain analyze select id from work_permit where company_id in ('00000000-0000-0000-0000-00000000000c') and planned_start < timestamp with time zone '2999-01-01 00:00:00+00' and planned_end > timestamp with time zone '2000-01-01 00:00:00+00' and (planned_start < timestamp with time zone '2024-01-01 12:00:00+00' or (planned_start = timestamp with time zone '2024-01-01 12:00:00+00' and id < '00000000-0000-0000-0000-000000000000')) order by planned_start desc, id desc limit 20;
-- Q5 worker search page
explain analyze select * from worker where company_id in ('00000000-0000-0000-0000-00000000000c') and ('张' = '' or name like concat('%', '张', '%') or id_last4 = upper('张')) and ('' = '' or coalesce(employer, '') like concat('%', '', '%')) order by name, id limit 20 offset 0;
-- B1 before: the inbox's query (every pending permit of the company)
explain analyze select * from work_permit where company_id = '00000000-0000-0000-0000-00000000000c' and status = 'PENDING_APPROVAL' order by created_at;
-- B2 before: the permit list's query (every permit of the company, paged in Java)
explain analyze select * from work_permit where company_id in ('00000000-0000-0000-0000-00000000000c') and ('' = '' or status = '') and ('' = '' or work_type = '') and (cast('' as varchar) = '' or cast(site_id as varchar) = cast('' as varchar)) and planned_start < timestamp with time zone '2999-01-01 00:00:00+00' and planned_end > timestamp with time zone '2000-01-01 00:00:00+00' order by planned_start desc;
