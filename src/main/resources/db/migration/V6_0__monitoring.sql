-- Monitoring (实时监控与异常预警): devices of a site with their own secret, the company's alarm thresholds,
-- alarms and their effect on permits, and the readings (raw for some days, per-minute aggregates for a year).
alter table company add column alarm_escalation_minutes integer;

create table device (
    id            uuid primary key,
    company_id    uuid        not null,
    site_id       uuid        not null,
    code          varchar(40) not null,
    kind          varchar(20) not null,
    -- AES-GCM sealed (PersonalDataCipher): HMAC verification needs the secret itself, so no digest here
    secret        varchar(200) not null,
    calibrated_on date,
    created_at    timestamp with time zone not null,
    disabled_at   timestamp with time zone,
    last_seen_at  timestamp with time zone
);
-- the code is the MQTT user name: unique across companies
create unique index device_code on device (code);
create index device_site on device (site_id);
create index device_company on device (company_id);

-- GB/T 50493-2019 defaults apply where a company has no row
create table alarm_threshold (
    company_id uuid primary key,
    lel_level1 double precision not null,
    lel_level2 double precision not null,
    h2s_level1 double precision not null,
    h2s_level2 double precision not null,
    co_level1  double precision not null,
    co_level2  double precision not null,
    o2_low     double precision not null,
    o2_high    double precision not null,
    updated_at timestamp with time zone not null,
    updated_by uuid
);

create table alarm (
    id               uuid primary key,
    company_id       uuid        not null,
    site_id          uuid        not null,
    device_id        uuid        not null references device (id),
    device_code      varchar(40) not null,
    metric           varchar(20) not null,
    reading          double precision,
    threshold        double precision,
    level            varchar(10) not null,
    raised_at        timestamp with time zone not null,
    level_raised_at  timestamp with time zone,
    status           varchar(15) not null,
    acknowledged_by  uuid,
    acknowledged_at  timestamp with time zone,
    response_seconds bigint,
    resolved_by      uuid,
    resolved_at      timestamp with time zone,
    resolution_note  varchar(500),
    cleared_at       timestamp with time zone,
    escalated_at     timestamp with time zone,
    -- device id + metric while the alarm is not resolved, null after: one open alarm per device and metric,
    -- enforced by the database so that two nodes evaluating readings of one device cannot open two
    open_key         varchar(80),
    snapshot         bytea
);
create unique index alarm_open_key on alarm (open_key);
create index alarm_company_raised on alarm (company_id, raised_at);
create index alarm_site_status on alarm (site_id, status);
create index alarm_status_raised on alarm (status, raised_at);

create table alarm_suspended_permit (
    alarm_id  uuid not null references alarm (id),
    permit_id uuid not null,
    primary key (alarm_id, permit_id)
);
create index alarm_suspended_permit_permit on alarm_suspended_permit (permit_id);

-- raw readings: appended in batches off the hot path, kept anzuo.monitoring.raw-retention-days
create table telemetry_reading (
    device_id   uuid        not null,
    metric      varchar(10) not null,
    measured_at timestamp with time zone not null,
    reading     double precision not null,
    received_at timestamp with time zone not null
);
create index telemetry_reading_device_time on telemetry_reading (device_id, measured_at);
create index telemetry_reading_received on telemetry_reading (received_at);

-- per-minute aggregates rolled up from the raw readings, kept a year; a minute may have several rows
-- (readings that arrived late are rolled up later): queries sum them
create table telemetry_minute (
    device_id   uuid        not null,
    metric      varchar(10) not null,
    minute_start timestamp with time zone not null,
    samples     integer     not null,
    min_reading double precision not null,
    max_reading double precision not null,
    sum_reading double precision not null
);
create index telemetry_minute_device on telemetry_minute (device_id, minute_start);
create index telemetry_minute_minute on telemetry_minute (minute_start);

create table telemetry_rollup (
    name      varchar(40) primary key,
    rolled_to timestamp with time zone not null
);

-- signatures of signed HTTP telemetry seen in the freshness window: a second use is a replay
create table telemetry_signature (
    signature varchar(64) primary key,
    seen_at   timestamp with time zone not null
);
create index telemetry_signature_seen on telemetry_signature (seen_at);
