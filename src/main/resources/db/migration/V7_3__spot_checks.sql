-- Monthly spot checks (抽查, API.md "Spot checks"): one draw per company and month, ⌈10 %⌉ of the permits
-- closed that month, and the auditor's result per drawn permit.

create table spot_check (
    id         uuid                     not null primary key,
    company_id uuid                     not null,
    period     varchar(7)               not null,
    population integer                  not null,
    drawn_at   timestamp with time zone not null,
    drawn_by   uuid                     not null,
    constraint spot_check_once unique (company_id, period)
);

create table spot_check_item (
    spot_check_id uuid not null references spot_check (id),
    permit_id     uuid not null,
    draw_order    integer not null,
    result        varchar(4),
    findings      varchar(2000),
    decided_at    timestamp with time zone,
    decided_by    uuid,
    primary key (spot_check_id, permit_id)
);
