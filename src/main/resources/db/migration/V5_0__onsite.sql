-- On site (现场核验): checkpoints with TOTP secrets, check-ins, gas tests with the gas table,
-- confined-space headcounts; the permit's lifecycle columns.

create table checkpoint (
    id            uuid primary key,
    company_id    uuid         not null references company (id),
    site_id       uuid         not null references site (id),
    code          varchar(32)  not null,
    kind          varchar(10)  not null,
    secret_cipher varchar(200) not null,
    created_at    timestamp with time zone not null,
    constraint checkpoint_code_per_site unique (site_id, code)
);

-- A TOTP code is accepted once per worker: the primary key refuses a replay.
create table totp_use (
    checkpoint_id uuid   not null references checkpoint (id),
    worker_id     uuid   not null,
    time_step     bigint not null,
    used_at       timestamp with time zone not null,
    primary key (checkpoint_id, worker_id, time_step)
);

create table check_in (
    id              uuid primary key,
    permit_id       uuid        not null,
    worker_id       uuid        not null,
    user_id         uuid        not null,
    method          varchar(10) not null,
    checkpoint_id   uuid references checkpoint (id),
    checked_in_at   timestamp with time zone not null,
    latitude        double precision not null,
    longitude       double precision not null,
    accuracy_meters double precision not null,
    distance_meters double precision not null
);
create index check_in_permit on check_in (permit_id);

create table gas (
    code        varchar(10)  primary key,
    name_zh     varchar(30)  not null,
    kind        varchar(12)  not null,
    lel_pct_vol numeric(5, 2),
    molar_mass  numeric(8, 3) not null,
    mac_mg_m3   numeric(8, 3),
    twa_mg_m3   numeric(8, 3),
    stel_mg_m3  numeric(8, 3)
);

create table gas_test (
    id            uuid primary key,
    permit_id     uuid         not null,
    sampled_at    timestamp with time zone not null,
    sample_point  varchar(200) not null,
    analyst_id    uuid         not null,
    recorded_by   uuid         not null,
    passed        boolean      not null,
    readings      varchar(4000) not null,
    failures      varchar(4000) not null,
    recorded_at   timestamp with time zone not null
);
create index gas_test_permit on gas_test (permit_id, sampled_at);

create table headcount (
    id          uuid primary key,
    permit_id   uuid        not null,
    direction   varchar(3)  not null,
    persons     integer     not null,
    tools       integer     not null,
    recorded_by uuid        not null,
    recorded_at timestamp with time zone not null
);
create index headcount_permit on headcount (permit_id);

create table gas_test_reminder (
    permit_id uuid    not null,
    slot      integer not null,
    sent_at   timestamp with time zone not null,
    primary key (permit_id, slot)
);

alter table work_permit add column first_check_in_at timestamp with time zone;
alter table work_permit add column shift_checked_by uuid;
alter table work_permit add column shift_checked_at timestamp with time zone;
alter table work_permit add column started_at timestamp with time zone;
alter table work_permit add column suspended_at timestamp with time zone;
alter table work_permit add column suspension_reason varchar(500);
alter table work_permit add column completed_at timestamp with time zone;
alter table work_permit add column leader_accepted_at timestamp with time zone;
alter table work_permit add column guardian_accepted_at timestamp with time zone;
alter table work_permit add column ended_at timestamp with time zone;
alter table work_permit add column end_reason varchar(500);

-- Gases: LEL (DOMAIN.md §1.5, S-15), molar mass, and GBZ 2.1-2019 occupational exposure limits
-- in mg/m³ (MAC, PC-TWA, PC-STEL; benzene per amendment No. 1). Verify against the standard before use.
insert into gas (code, name_zh, kind, lel_pct_vol, molar_mass, mac_mg_m3, twa_mg_m3, stel_mg_m3) values
('CH4',   '甲烷',     'COMBUSTIBLE', 5.00, 16.043, null, null, null),
('H2',    '氢气',     'COMBUSTIBLE', 4.00, 2.016,  null, null, null),
('C3H8',  '丙烷',     'COMBUSTIBLE', 2.10, 44.097, null, null, null),
('C2H6',  '乙烷',     'COMBUSTIBLE', 3.00, 30.069, null, null, null),
('C2H4',  '乙烯',     'COMBUSTIBLE', 2.70, 28.054, null, null, null),
('C2H2',  '乙炔',     'COMBUSTIBLE', 2.50, 26.038, null, null, null),
('C4H10', '丁烷',     'COMBUSTIBLE', 1.80, 58.123, null, null, null),
('O2',    '氧气',     'OXYGEN',      null, 31.998, null, null, null),
('H2S',   '硫化氢',   'TOXIC',       null, 34.081, 10,   null, null),
('CO',    '一氧化碳', 'TOXIC',       null, 28.010, null, 20,   30),
('NH3',   '氨',       'TOXIC',       null, 17.031, null, 20,   30),
('CL2',   '氯气',     'TOXIC',       null, 70.906, 1,    null, null),
('SO2',   '二氧化硫', 'TOXIC',       null, 64.066, null, 5,    10),
('NO2',   '二氧化氮', 'TOXIC',       null, 46.006, null, 5,    10),
('HCN',   '氰化氢',   'TOXIC',       null, 27.025, 1,    null, null),
('C6H6',  '苯',       'TOXIC',       null, 78.112, null, 3,    6),
('COCL2', '光气',     'TOXIC',       null, 98.916, 0.5,  null, null),
('CH3OH', '甲醇',     'TOXIC',       null, 32.042, null, 25,   50);
