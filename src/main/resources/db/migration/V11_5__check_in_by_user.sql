-- 隐患上报 preselects the site of the reporter's latest check-in, and of their latest report.
create index check_in_user on check_in (user_id, checked_in_at);
create index hazard_reporter on hazard (reported_by, reported_at);
