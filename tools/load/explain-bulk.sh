#!/bin/bash
# EXPLAIN ANALYZE of the read side's queries on an H2 file of the bulk generator, as BULK-001's approver:
#   tools/load/explain-bulk.sh   (BULK_FILE, default /tmp/bulk/h2-1m, without .mv.db; the app must be stopped: H2 locks its file)
H2=$(ls ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar)
URL="jdbc:h2:file:${BULK_FILE:-/tmp/bulk/h2-1m};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=131072"
q() { ${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java -Xmx2g -cp $H2 org.h2.tools.Shell -url "$URL" -user sa -sql "$1" 2>&1; }
C=$(q "select id from company where code = 'BULK-001'" | sed -n 2p | tr -d ' ')
U=$(q "select id from app_user where username = 'bulk-001-approver'" | sed -n 2p | tr -d ' ')
R=$(q "select listagg('''' || role || '''', ',') from app_user_role where app_user = '$U'" | sed -n 2p | tr -d ' ')
echo "company $C approver $U roles $R"
W="from work_permit wp where wp.company_id = '$C' and wp.status = 'PENDING_APPROVAL' and wp.applicant_id <> '$U' and exists (select 1 from approval_step s where s.work_permit = wp.id and s.status = 'PENDING' and s.role in ($R)) and not exists (select 1 from approval_step d where d.work_permit = wp.id and d.decided_by = '$U')"
echo "-- inbox page"; q "explain analyze select wp.id $W order by wp.company_id, wp.status, wp.expedite desc, wp.created_at, wp.id limit 21"
echo "-- inbox page after a cursor (the 21st permit)"; q "explain analyze select wp.id $W and wp.expedite = false and (wp.created_at > timestamp with time zone '2026-01-01 00:00:00+00' or (wp.created_at = timestamp with time zone '2026-01-01 00:00:00+00' and wp.id > '00000000-0000-0000-0000-000000000000')) order by wp.company_id, wp.status, wp.expedite desc, wp.created_at, wp.id limit 21"
echo "-- inbox count, to 100 (the badge)"; q "explain analyze select count(*) from (select 1 $W limit 100) capped"
echo "-- permit list, first page"; q "explain analyze select id from work_permit where company_id in ('$C') and planned_start < timestamp with time zone '2999-01-01 00:00:00+00' and planned_end > timestamp with time zone '2000-01-01 00:00:00+00' order by company_id, planned_start desc, id desc limit 21"
echo "-- a leader's bookings (PermitCalendar)"; q "explain analyze select id from work_permit where leader_id = (select id from worker where company_id = '$C' order by id limit 1) and planned_start > timestamp with time zone '2026-10-01 00:00:00+00' and planned_start < timestamp with time zone '2026-12-31 00:00:00+00'"
WS="from worker where company_id in ('$C') and ('张' = '' or name like concat('%', '张', '%') or id_last4 = upper('张')) and ('' = '' or coalesce(employer, '') like concat('%', '', '%'))"
echo "-- worker search page, q=张, one company (WorkerRepository.searchPageIdsOfOne, V13_3)"; q "explain analyze select id $WS order by company_id, name_key, created_at, id limit 20 offset 0"
echo "-- worker search count (countSearch, when the page is full)"; q "explain analyze select count(*) $WS"
echo "-- worker search page, several companies (WorkerRepository.searchPage)"; q "explain analyze select * $WS order by name_key, created_at, id limit 20 offset 0"
echo "-- the approval reminders job's open steps (ApprovalReminders.candidates, every minute)"; q "explain analyze select wp.id, wp.company_id, wp.number, wp.expedite, s.seq + 1 as seq, s.role, s.opened_at from work_permit wp join approval_step s on s.work_permit = wp.id where wp.status = 'PENDING_APPROVAL' and s.status = 'PENDING' and s.opened_at is not null and (wp.expedite or not exists (select 1 from approval_reminder e where e.permit_id = wp.id and e.seq = s.seq + 1 and e.kind = 'ESCALATE'))"
L=$(q "select id from app_user where username = 'bulk-001-leader'" | sed -n 2p | tr -d ' ')
M="from work_permit where company_id in ('$C') and planned_start < timestamp with time zone '2999-01-01 00:00:00+00' and planned_end > timestamp with time zone '2000-01-01 00:00:00+00' and applicant_id = '$L'"
echo "-- 我的 permit list, first page (bulk-001-leader)"; q "explain analyze select id $M order by applicant_id, planned_start desc, id desc limit 21"
echo "-- 我的 permit list, count"; q "explain analyze select count(*) $M"
echo "-- the applicant's latest permit (prefill of 我要作业)"; q "explain analyze select id from work_permit where applicant_id = '$L' order by applicant_id, created_at desc limit 1"
echo "-- 我的 permit list, the page's count (to 1,000)"; q "explain analyze select count(*) from (select 1 $M limit 1000) capped"
