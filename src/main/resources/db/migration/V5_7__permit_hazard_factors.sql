-- Hazard factors of height work as rows of a typed set instead of a comma-joined string.
create table permit_hazard_factor (
    work_permit uuid        not null references work_permit (id) on delete cascade,
    factor      varchar(30) not null,
    primary key (work_permit, factor)
);
insert into permit_hazard_factor (work_permit, factor)
select id, f.factor from work_permit
join (values ('WIND_GUST'), ('LOW_TEMPERATURE'), ('COLD_WATER'), ('SLIPPERY_SURFACE'), ('POOR_VISIBILITY'),
             ('NEAR_LIVE_CONDUCTOR'), ('UNSTABLE_FOOTING'), ('TOXIC_OR_LOW_OXYGEN'), ('RESCUE')) as f (factor)
  on ',' || hazard_factors || ',' like '%,' || f.factor || ',%'
where hazard_factors is not null;
alter table work_permit drop column hazard_factors;
