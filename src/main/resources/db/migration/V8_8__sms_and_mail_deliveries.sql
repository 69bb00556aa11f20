-- SMS (短信) and e-mail deliveries: one row per occasion and recipient (phone or address), retried like the group
-- robots (ADR 0055).
alter table notification_delivery add column recipient varchar(320);
