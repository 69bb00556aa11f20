-- Refusals at the qualification gate (人证岗一致), one row per person and reason: the 合规之星 of a month
-- must have none (issue 14 item 3). Written after the refused application's transaction rolled back.
create table gate_refusal (
    id         uuid                     not null primary key,
    company_id uuid                     not null,
    worker_id  uuid                     not null,
    work_type  varchar(20)              not null,
    reason     varchar(40)              not null,
    at         timestamp with time zone not null
);
create index gate_refusal_company on gate_refusal (company_id, at);
create index gate_refusal_worker on gate_refusal (worker_id, at);
