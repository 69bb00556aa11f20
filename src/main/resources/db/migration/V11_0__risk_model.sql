-- The learned permit risk score (API.md "Risk score", ADR 0077): each company's logistic model, stored so that
-- every node scores with the same parameters. kind PRIOR: fewer than 200 closed permits, the rule weights in the
-- code apply and the row only records that the night's training ran (trained_on, company day).

create table risk_model (
    company_id uuid                     not null primary key references company (id),
    kind       varchar(10)              not null,
    intercept  double precision         not null,
    permits    integer                  not null,
    positives  integer                  not null,
    trained_on date                     not null,
    trained_at timestamp with time zone not null
);

create table risk_model_weight (
    company_id uuid             not null references risk_model (company_id),
    feature    varchar(60)      not null,
    weight     double precision not null,
    primary key (company_id, feature)
);
