-- Analytics (issue 14 items 1 and 7, ADR 0065): daily facts the KPIs are read from, so that a KPI request
-- sums a few rows per company and day instead of scanning permits. Written by the analytics module's
-- event listeners; rebuilt from the other modules' history by KpiRebuild. Plain SQL for H2 and PostgreSQL.

-- One numerator or denominator (a count or a sum, see KpiDefinitions.Counter) per company and day.
create table kpi_daily_fact (
    company_id uuid             not null,
    fact_day   date             not null,
    counter    varchar(40)      not null,
    amount     double precision not null,
    primary key (company_id, fact_day, counter)
);

-- Approval times in fixed buckets (upper edge in minutes, 2147483647 for "longer") for the p90.
create table kpi_approval_histogram (
    company_id    uuid    not null,
    fact_day      date    not null,
    upper_minutes integer not null,
    permits       bigint  not null,
    primary key (company_id, fact_day, upper_minutes)
);

-- Who was active on the phone that day: distinct users over a span cannot be summed from daily counts.
create table kpi_active_user (
    company_id uuid not null,
    fact_day   date not null,
    user_id    uuid not null,
    primary key (company_id, fact_day, user_id)
);

-- Workers who completed a training that day (training completion rate).
create table kpi_trained_worker (
    company_id uuid not null,
    fact_day   date not null,
    worker_id  uuid not null,
    primary key (company_id, fact_day, worker_id)
);

-- The events already counted: a redelivered event finds its key and is not counted twice.
create table kpi_processed_event (
    event_key    varchar(120)             not null primary key,
    company_id   uuid                     not null,
    processed_at timestamp with time zone not null
);
create index kpi_processed_event_company on kpi_processed_event (company_id);
