-- Fatigue (company policy, ADR 0069) and SIMOPS / 交叉作业 (ADR 0070).
alter table company add column fatigue_nights integer;
alter table work_permit add column latitude double precision;
alter table work_permit add column longitude double precision;
