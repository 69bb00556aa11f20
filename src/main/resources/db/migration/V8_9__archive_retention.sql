-- Retention settings per company (issue 12 item 8): how long site photos keep their image. No row: the
-- default of anzuo.archive.photo-retention. Never below 365 days (checked by the archive's Retention).
-- Permits and their trace rows have no setting: nothing ever deletes them, the hash chains need them.
create table archive_retention (
    company_id           uuid    not null primary key,
    photo_retention_days integer not null,
    changed_at           timestamp with time zone not null,
    changed_by           uuid    not null
);
