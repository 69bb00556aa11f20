-- SMS deliveries (短信): one row per alarm notice and recipient's phone, retried like the group robots (ADR 0055).
alter table notification_delivery add column recipient varchar(40);
