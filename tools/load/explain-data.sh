N=$1
cat <<SQL
insert into work_permit select random_uuid(), '00000000-0000-0000-0000-00000000000c', case mod("X",3) when 0 then 'HOT_WORK' when 1 then 'HEIGHT' else 'LIFTING' end,
  case when mod("X",50)=0 then 'PENDING_APPROVAL' else 'CLOSED' end, '00000000-0000-0000-0000-0000000000a1',
  timestamp with time zone '2024-01-01 00:00:00+00' + "X" * interval '1' minute,
  timestamp with time zone '2024-01-01 02:00:00+00' + "X" * interval '1' minute, '00000000-0000-0000-0000-0000000000b1',
  timestamp with time zone '2024-01-01 00:00:00+00' + "X" * interval '1' minute from system_range(1, $N);
insert into approval_step select id, 1, case when mod(cast(extract(minute from planned_start) as int),2)=0 then 'UNIT_APPROVER' else 'SAFETY_OFFICER' end,
  case when status='PENDING_APPROVAL' then 'PENDING' else 'APPROVED' end, null from work_permit;
insert into worker select random_uuid(), '00000000-0000-0000-0000-00000000000c', case mod("X",7) when 0 then '张' else '李' end || "X", right('000'||"X", 4), null from system_range(1, $N/10);
analyze;
SQL
