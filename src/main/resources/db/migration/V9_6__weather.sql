-- Weather rules (issue 15): sites and permits are outdoor unless said otherwise (API.md "Risk rules"),
-- and every observation of a site's weather is kept (entered by the safety officer or read from a provider).
alter table site add column outdoor boolean default true not null;
alter table work_permit add column outdoor boolean default true not null;

create table weather_observation (
    id             uuid primary key,
    company_id     uuid          not null references company (id),
    site_id        uuid          not null references site (id),
    observed_at    timestamp with time zone not null,
    temperature_c  numeric(4, 1) not null,
    wind_scale     integer       not null,
    source         varchar(16)   not null,
    recorded_by    uuid,
    recorded_at    timestamp with time zone not null
);
create index weather_observation_site_time on weather_observation (site_id, observed_at);
