-- The archive's tamper-evident trace (API.md "Archive and audit"): one hash chain per permit.
-- Rows are append-only and never reference work_permit, so no cascade can ever remove them.
-- "at", "actor" and "data" hold exactly the text that was hashed (data as RFC 8785 canonical JSON).

create table permit_trace (
    permit_id   uuid          not null,
    seq         integer       not null,
    company_id  uuid          not null,
    at          varchar(40)   not null,
    type        varchar(20)   not null,
    actor       varchar(80)   not null,
    data        varchar(8000) not null,
    prev_hash   char(64)      not null,
    hash        char(64)      not null,
    recorded_at timestamp with time zone not null,
    primary key (permit_id, seq)
);
create index permit_trace_company on permit_trace (company_id);

-- The head of each chain: the last seq and hash, so that removing the last rows is seen too.
create table permit_trace_head (
    permit_id  uuid     not null primary key,
    company_id uuid     not null,
    last_seq   integer  not null,
    last_hash  char(64) not null
);
create index permit_trace_head_company on permit_trace_head (company_id);
