-- Per-company modules (issue 15 part 5, ADR 0071): a row says a module is switched OFF for the company.
-- No row = on, so every existing company keeps every module and switching back on deletes the row, nothing else.
-- Switching a module off deletes no data of it (ADR 0041: disable, never delete).
create table company_module_off (
    company_id  uuid                     not null references company (id),
    module      varchar(20)              not null,
    switched_at timestamp with time zone not null,
    switched_by uuid,
    primary key (company_id, module)
);
