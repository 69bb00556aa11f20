-- Certificate reminders in stages (default 60, 30, 15 days before, and on the day): once per certificate,
-- kind, due date and stage. stage_days -1 is the "expired" notice. Earlier reminders count as the 15-day stage.
create table certificate_reminder_stage (
    certificate_id uuid        not null references certificate (id),
    kind           varchar(20) not null,
    due_on         date        not null,
    stage_days     integer     not null,
    sent_at        timestamp with time zone not null,
    primary key (certificate_id, kind, due_on, stage_days)
);
insert into certificate_reminder_stage (certificate_id, kind, due_on, stage_days, sent_at)
select certificate_id, kind, due_on, case when kind = 'EXPIRED' then -1 else 15 end, sent_at from certificate_reminder;
drop table certificate_reminder;
