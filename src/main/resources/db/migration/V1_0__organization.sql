-- Organisation: companies (a tree), sites with geofences, users and roles, login throttling.
create table company (
    id                            uuid primary key,
    code                          varchar(32)  not null unique,
    name                          varchar(100) not null,
    parent_id                     uuid references company (id),
    time_zone                     varchar(40)  not null,
    check_in_window_minutes       integer,
    expiry_reminder_days          integer,
    night_start                   time,
    night_end                     time,
    allow_unverified_certificates boolean,
    approval_escalation_minutes   integer,
    created_at                    timestamp with time zone not null,
    version                       bigint       not null
);
create index company_parent on company (parent_id);

create table site (
    id            uuid primary key,
    company_id    uuid         not null references company (id),
    code          varchar(32)  not null,
    name          varchar(100) not null,
    latitude      double precision not null,
    longitude     double precision not null,
    radius_meters integer      not null,
    hazard_area   boolean      not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null,
    constraint site_code_per_company unique (company_id, code)
);

create table app_user (
    id            uuid primary key,
    username      varchar(64)  not null unique,
    password_hash varchar(200) not null,
    display_name  varchar(100) not null,
    company_id    uuid         not null references company (id),
    worker_id     uuid,
    email         varchar(200),
    enabled       boolean      not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null
);
create index app_user_company on app_user (company_id);
create index app_user_worker on app_user (worker_id);

create table app_user_role (
    app_user uuid        not null references app_user (id) on delete cascade,
    role     varchar(32) not null,
    primary key (app_user, role)
);

create table login_attempt (
    username     varchar(64) primary key,
    failures     integer not null,
    window_start timestamp with time zone,
    locked_until timestamp with time zone
);
