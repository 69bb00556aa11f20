-- A person's permits are read per role from its own index (PermitCalendar, PermitHistory.closedCounts): the
-- leader's was missing, so "leader = ? or guardian = ? or worker" read every permit of every company.
create index work_permit_leader on work_permit (leader_id, planned_start);
