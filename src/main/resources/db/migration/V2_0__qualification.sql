-- Qualifications: workers (ID number encrypted, searchable by last 4 digits), certificates,
-- the certificate catalogue (data, extensible per company), work-type requirements, reminders, files.

create table stored_file (
    id           uuid primary key,
    company_id   uuid         not null references company (id),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_by  uuid         not null,
    uploaded_at  timestamp with time zone not null
);

create table worker (
    id               uuid primary key,
    company_id       uuid         not null references company (id),
    name             varchar(50)  not null,
    id_number_cipher varchar(200) not null,
    id_number_digest varchar(64)  not null,
    id_number_masked varchar(18)  not null,
    id_last4         varchar(4)   not null,
    phone            varchar(20),
    employer         varchar(100),
    photo_id         uuid references stored_file (id),
    created_at       timestamp with time zone not null,
    version          bigint       not null,
    constraint worker_id_number_per_company unique (company_id, id_number_digest)
);
create index worker_company_name on worker (company_id, name);
create index worker_company_last4 on worker (company_id, id_last4);

create table certificate_item (
    id         uuid primary key,
    company_id uuid references company (id),
    regime     varchar(20)  not null,
    item_code  varchar(20)  not null,
    item_name  varchar(100) not null,
    category   varchar(100) not null,
    sort_order integer      not null
);
create unique index certificate_item_code on certificate_item (item_code, company_id);

create table certificate (
    id                  uuid primary key,
    company_id          uuid         not null references company (id),
    worker_id           uuid         not null references worker (id),
    regime              varchar(20)  not null,
    item_code           varchar(20)  not null,
    item_name           varchar(100) not null,
    number_cipher       varchar(300) not null,
    number_masked       varchar(100) not null,
    authority           varchar(100),
    issued_on           date         not null,
    expires_on          date         not null,
    review_due_on       date,
    revoked_at          timestamp with time zone,
    revoked_by          uuid,
    revoked_reason      varchar(500),
    verified_at         timestamp with time zone,
    verified_by         uuid,
    verification_method varchar(20),
    evidence_id         uuid references stored_file (id),
    created_at          timestamp with time zone not null,
    version             bigint       not null
);
create index certificate_worker on certificate (worker_id);
create index certificate_company_expiry on certificate (company_id, expires_on);

-- Reminders sent, once per certificate, kind and due date: the primary key makes "once" hold across nodes.
create table certificate_reminder (
    certificate_id uuid        not null references certificate (id),
    kind           varchar(20) not null,
    due_on         date        not null,
    sent_at        timestamp with time zone not null,
    primary key (certificate_id, kind, due_on)
);

-- Which certificate items qualify a person for a work type. company_id null = the default for all.
create table work_type_requirement (
    id         uuid primary key,
    company_id uuid references company (id),
    work_type  varchar(20) not null,
    item_code  varchar(20) not null
);
create index work_type_requirement_type on work_type_requirement (work_type, company_id);
