-- Annex A item 16 (其他安全措施): the applicant's own measures beyond the type's checklist, as free text.
-- Nullable: permits applied for before this column have none.
alter table work_permit add column other_measures varchar(500);
