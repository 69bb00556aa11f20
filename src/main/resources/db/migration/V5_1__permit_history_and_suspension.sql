-- The permit's history (every act: who, when, from, to) and a typed suspension (API.md "Suspension").

create table permit_transition (
    work_permit   uuid                     not null references work_permit (id) on delete cascade,
    seq           integer                  not null,
    occurred_at   timestamp with time zone not null,
    action        varchar(20)              not null,
    from_status   varchar(20),
    to_status     varchar(20)              not null,
    actor_user_id uuid,
    actor_system  varchar(40),
    reason        varchar(600),
    primary key (work_permit, seq),
    constraint permit_transition_actor check ((actor_user_id is null) <> (actor_system is null))
);

alter table work_permit add column suspension_at timestamp with time zone;
alter table work_permit add column suspension_cause varchar(20);
alter table work_permit add column suspension_alarm_id uuid;
alter table work_permit add column suspension_by uuid;
update work_permit
   set suspension_at = suspended_at,
       suspension_cause = case when suspension_reason like 'ALARM%' then 'ALARM' else 'MANUAL' end
 where status = 'SUSPENDED';
update work_permit set suspension_reason = null where status <> 'SUSPENDED';
alter table work_permit drop column suspended_at;

-- Why a permit ended without acceptance, typed; end_reason keeps only the words of a cancellation.
alter table work_permit add column end_cause varchar(30);
update work_permit set end_cause = end_reason, end_reason = null where end_reason in ('NO_CHECK_IN', 'PLANNED_END_PASSED');
update work_permit set end_cause = 'CANCELLED' where status = 'CANCELLED';
