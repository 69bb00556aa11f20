create table work_permit (id uuid primary key, company_id uuid not null, work_type varchar(20) not null, status varchar(20) not null,
  site_id uuid not null, planned_start timestamp with time zone not null, planned_end timestamp with time zone not null,
  applicant_id uuid not null, created_at timestamp with time zone not null);
create index work_permit_company_status on work_permit (company_id, status);
create index work_permit_site on work_permit (site_id, status);
create table approval_step (work_permit uuid not null, seq integer not null, role varchar(32) not null, status varchar(20) not null,
  decided_by uuid, primary key (work_permit, seq));
create table worker (id uuid primary key, company_id uuid not null, name varchar(100) not null, id_last4 varchar(4), employer varchar(100));
create index worker_company_name on worker (company_id, name);
