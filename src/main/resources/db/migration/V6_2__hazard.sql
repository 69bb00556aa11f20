-- Hazard reports (隐患上报): reported by anyone, assigned, fixed, verified and closed.
create table hazard_photo (
    id           uuid primary key,
    company_id   uuid        not null,
    content_type varchar(20) not null,
    bytes        bytea       not null,
    sha256       varchar(64) not null,
    uploaded_by  uuid        not null,
    uploaded_at  timestamp with time zone not null
);

create table hazard (
    id               uuid primary key,
    company_id       uuid         not null,
    site_id          uuid         not null,
    description      varchar(1000) not null,
    latitude         double precision,
    longitude        double precision,
    photo_id         uuid references hazard_photo (id),
    status           varchar(10)  not null,
    reported_by      uuid         not null,
    reported_at      timestamp with time zone not null,
    assignee_user_id uuid,
    due_on           date,
    assigned_at      timestamp with time zone,
    fix_note         varchar(1000),
    fixed_at         timestamp with time zone,
    closed_at        timestamp with time zone,
    rejections       integer      not null default 0,
    reminded_on      date
);
create index hazard_company_status on hazard (company_id, status, reported_at);
create index hazard_assignee on hazard (assignee_user_id, status);
