-- Ledger (台账) import previews. Nothing reaches worker or certificate before the user confirms;
-- the preview is kept here so that confirming needs no second upload. A row's data is JSON with the
-- ID number and the certificate number encrypted (PersonalDataCipher), never in clear.
-- Previews older than 24 hours are cleaned up (LedgerCleanup); confirmed imports keep their header.
create table ledger_import (
    id            uuid primary key,
    company_id    uuid         not null references company (id),
    uploaded_by   uuid         not null,
    file_name     varchar(200) not null,
    created_at    timestamp with time zone not null,
    confirmed_at  timestamp with time zone,
    confirmed_by  uuid,
    row_count     integer      not null,
    problem_count integer      not null,
    result        text
);
create index ledger_import_company on ledger_import (company_id, created_at);
create index ledger_import_created on ledger_import (created_at);

create table ledger_import_row (
    import_id uuid    not null references ledger_import (id) on delete cascade,
    row_no    integer not null,
    valid     boolean not null,
    data      text    not null,
    problems  text    not null,
    primary key (import_id, row_no)
);
