-- Morning briefings sent (晨会通报, ADR 0066): one row per company and day, inserted in the same transaction as
-- the inbox items and channel deliveries. The primary key is what makes "exactly once" hold across nodes.
create table daily_briefing (
    company_id    uuid                     not null,
    briefing_date date                     not null,
    sent_at       timestamp with time zone not null,
    recipients    integer                  not null default 0,
    primary key (company_id, briefing_date)
);
