-- Permits (作业票): the aggregate with its crew, checklist answers and approval steps; numbering;
-- the Annex A checklists and the holiday calendar (data in V4_1); approval chains (Annex B default).

create table work_permit (
    id                  uuid primary key,
    company_id          uuid         not null references company (id),
    number              varchar(24)  not null,
    work_type           varchar(20)  not null,
    level               varchar(10),
    requested_level     varchar(10),
    level_reason        varchar(300),
    status              varchar(20)  not null,
    site_id             uuid         not null references site (id),
    location            varchar(200) not null,
    content             varchar(1000) not null,
    planned_start       timestamp with time zone not null,
    planned_end         timestamp with time zone not null,
    leader_id           uuid         not null references worker (id),
    guardian_id         uuid         not null references worker (id),
    applicant_id        uuid         not null references app_user (id),
    hazards             varchar(2000),
    emergency_measures  varchar(2000),
    height_meters       numeric(8, 2),
    load_tonnes         numeric(10, 3),
    hazard_factors      varchar(300),
    expedite            boolean      not null,
    expedite_reason     varchar(500),
    rejection_reason    varchar(1000),
    created_at          timestamp with time zone not null,
    final_decision_at   timestamp with time zone,
    version             bigint       not null,
    constraint work_permit_number unique (company_id, number)
);
create index work_permit_company_status on work_permit (company_id, status);
create index work_permit_guardian on work_permit (guardian_id, planned_start);
create index work_permit_site on work_permit (site_id, status);

create table permit_worker (
    work_permit uuid    not null references work_permit (id) on delete cascade,
    worker_id   uuid    not null references worker (id),
    seq         integer not null,
    primary key (work_permit, worker_id)
);
create index permit_worker_worker on permit_worker (worker_id);

create table permit_measure (
    work_permit uuid        not null references work_permit (id) on delete cascade,
    code        varchar(10) not null,
    applicable  boolean     not null,
    seq         integer     not null,
    primary key (work_permit, code)
);

create table permit_relation (
    work_permit uuid not null references work_permit (id) on delete cascade,
    related_id  uuid not null,
    primary key (work_permit, related_id)
);

create table approval_step (
    work_permit     uuid        not null references work_permit (id) on delete cascade,
    seq             integer     not null,
    role            varchar(32) not null,
    status          varchar(20) not null,
    opened_at       timestamp with time zone,
    decided_by      uuid,
    decided_by_name varchar(100),
    decided_at      timestamp with time zone,
    comment         varchar(1000),
    latitude        double precision,
    longitude       double precision,
    signature_id    uuid,
    signature_sha256 varchar(64),
    primary key (work_permit, seq)
);

-- Handwritten signatures (PNG), written once; a decision refers to its signature by id and hash.
create table approval_signature (
    id          uuid primary key,
    permit_id   uuid        not null references work_permit (id),
    png         bytea       not null,
    sha256      varchar(64) not null,
    created_at  timestamp with time zone not null
);

create table permit_counter (
    counter_key varchar(80) primary key,
    last_value  integer     not null
);

-- Reminders and escalations sent for pending approval steps, once per (permit, step, kind, n).
create table approval_reminder (
    permit_id uuid        not null references work_permit (id) on delete cascade,
    seq       integer     not null,
    kind      varchar(20) not null,
    n         integer     not null,
    sent_at   timestamp with time zone not null,
    primary key (permit_id, seq, kind, n)
);

-- Approval chains per (type, level) as ordered role steps; company_id null = GB 30871 Annex B default.
create table approval_chain_step (
    id         uuid primary key,
    company_id uuid references company (id),
    work_type  varchar(20) not null,
    level      varchar(10) not null,
    seq        integer     not null,
    role       varchar(32) not null
);
create index approval_chain_lookup on approval_chain_step (work_type, level, company_id);

create table permit_measure_item (
    id        uuid primary key,
    work_type varchar(20)  not null,
    code      varchar(10)  not null unique,
    seq       integer      not null,
    text_zh   varchar(300) not null,
    text_en   varchar(300) not null
);

create table holiday (
    id         uuid primary key,
    company_id uuid references company (id),
    holiday_date date      not null,
    name       varchar(50) not null,
    kind       varchar(10) not null
);
create index holiday_by_date on holiday (holiday_date);

-- GB 30871-2022 Annex B (B.2) approvers, level 'ANY' for types without levels.
insert into approval_chain_step (id, company_id, work_type, level, seq, role) values
('0b7f0c1e-0000-4000-8000-000000000001', null, 'HOT_WORK', 'SPECIAL', 1, 'PLANT_LEADER'),
('0b7f0c1e-0000-4000-8000-000000000002', null, 'HOT_WORK', 'LEVEL_1', 1, 'SAFETY_OFFICER'),
('0b7f0c1e-0000-4000-8000-000000000003', null, 'HOT_WORK', 'LEVEL_2', 1, 'UNIT_APPROVER'),
('0b7f0c1e-0000-4000-8000-000000000004', null, 'CONFINED_SPACE', 'ANY', 1, 'UNIT_APPROVER'),
('0b7f0c1e-0000-4000-8000-000000000005', null, 'BLIND_PLATE', 'ANY', 1, 'UNIT_APPROVER'),
('0b7f0c1e-0000-4000-8000-000000000006', null, 'HEIGHT', 'I', 1, 'UNIT_APPROVER'),
('0b7f0c1e-0000-4000-8000-000000000007', null, 'HEIGHT', 'II', 1, 'DEPT_APPROVER'),
('0b7f0c1e-0000-4000-8000-000000000008', null, 'HEIGHT', 'III', 1, 'DEPT_APPROVER'),
('0b7f0c1e-0000-4000-8000-000000000009', null, 'HEIGHT', 'IV', 1, 'PLANT_LEADER'),
('0b7f0c1e-0000-4000-8000-000000000010', null, 'LIFTING', 'LEVEL_1', 1, 'PLANT_LEADER'),
('0b7f0c1e-0000-4000-8000-000000000011', null, 'LIFTING', 'LEVEL_2', 1, 'DEPT_APPROVER'),
('0b7f0c1e-0000-4000-8000-000000000012', null, 'LIFTING', 'LEVEL_3', 1, 'DEPT_APPROVER'),
('0b7f0c1e-0000-4000-8000-000000000013', null, 'TEMP_POWER', 'ANY', 1, 'POWER_SUPPLIER'),
('0b7f0c1e-0000-4000-8000-000000000014', null, 'EXCAVATION', 'ANY', 1, 'SAFETY_OFFICER'),
('0b7f0c1e-0000-4000-8000-000000000015', null, 'EXCAVATION', 'ANY', 2, 'DEPT_APPROVER'),
('0b7f0c1e-0000-4000-8000-000000000016', null, 'ROAD_CLOSURE', 'ANY', 1, 'SAFETY_OFFICER'),
('0b7f0c1e-0000-4000-8000-000000000017', null, 'ROAD_CLOSURE', 'ANY', 2, 'DEPT_APPROVER');

alter table company add column permit_validity_hours integer;
