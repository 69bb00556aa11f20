-- Before links were checked, a user could be linked to a worker of another company (or to none that
-- exists) and then saw that company's permits on 今日作业. Such links are removed; admins link again.
update app_user set worker_id = null
 where worker_id is not null
   and not exists (select 1 from worker w where w.id = app_user.worker_id and w.company_id = app_user.company_id);
