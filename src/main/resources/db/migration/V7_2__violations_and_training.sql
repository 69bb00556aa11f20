-- Violations with their sanction, and training records (API.md "Violations", "Training"; ADR 0061).
-- The qualification gate reads them: a SUSPENDED sanction without a later RETRAINING refuses the worker.

create table worker_violation (
    id          uuid                     not null primary key,
    worker_id   uuid                     not null,
    company_id  uuid                     not null,
    permit_id   uuid,
    kind        varchar(40)              not null,
    note        varchar(1000),
    sanction    varchar(20)              not null,
    at          timestamp with time zone not null,
    recorded_by uuid                     not null
);
create index worker_violation_worker on worker_violation (worker_id, at);
create index worker_violation_company on worker_violation (company_id, at);

create table worker_training (
    id           uuid                     not null primary key,
    worker_id    uuid                     not null,
    company_id   uuid                     not null,
    course       varchar(200)             not null,
    kind         varchar(20)              not null,
    hours        numeric(6, 1)            not null,
    completed_on date                     not null,
    recorded_at  timestamp with time zone not null,
    recorded_by  uuid                     not null
);
create index worker_training_worker on worker_training (worker_id, completed_on);
