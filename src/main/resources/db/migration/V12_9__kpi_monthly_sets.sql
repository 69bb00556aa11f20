-- Monthly sets beside the daily ones (ADR 0084): who was active, who was trained, per company and month. A distinct
-- count over a span reads the whole months here and the loose days from the daily sets; a user active on twenty
-- days of a month is one row here instead of twenty.
create table kpi_monthly_active_user (
    company_id uuid not null,
    fact_month date not null,
    user_id    uuid not null,
    primary key (company_id, fact_month, user_id)
);

create table kpi_monthly_trained_worker (
    company_id uuid not null,
    fact_month date not null,
    worker_id  uuid not null,
    primary key (company_id, fact_month, worker_id)
);

insert into kpi_monthly_active_user (company_id, fact_month, user_id)
select distinct company_id, cast(date_trunc('month', fact_day) as date), user_id from kpi_active_user;

insert into kpi_monthly_trained_worker (company_id, fact_month, worker_id)
select distinct company_id, cast(date_trunc('month', fact_day) as date), worker_id from kpi_trained_worker;
