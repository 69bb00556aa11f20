-- Monthly roll-up of the daily facts (issue 14: a group's KPI request over a year read ~333,000 daily rows).
-- A span is read as its whole calendar months from these tables plus the loose days at either end from the
-- daily ones (DailyFacts, MonthCut). Written beside the daily rows by the same increments; fact_month is the
-- first day of the month in the company's time zone, like fact_day.
create table kpi_monthly_fact (
    company_id uuid             not null,
    fact_month date             not null,
    counter    varchar(40)      not null,
    amount     double precision not null,
    primary key (company_id, fact_month, counter)
);

create table kpi_monthly_histogram (
    company_id    uuid    not null,
    fact_month    date    not null,
    upper_minutes integer not null,
    permits       bigint  not null,
    primary key (company_id, fact_month, upper_minutes)
);

insert into kpi_monthly_fact (company_id, fact_month, counter, amount)
select company_id, cast(date_trunc('month', fact_day) as date), counter, sum(amount)
  from kpi_daily_fact group by company_id, cast(date_trunc('month', fact_day) as date), counter;

insert into kpi_monthly_histogram (company_id, fact_month, upper_minutes, permits)
select company_id, cast(date_trunc('month', fact_day) as date), upper_minutes, sum(permits)
  from kpi_approval_histogram group by company_id, cast(date_trunc('month', fact_day) as date), upper_minutes;
