-- The double-submit guard of forms that create a record, first 我要作业 (ADR 0082): the form's random key claimed in
-- the transaction that stores the record, so a second submit of the same form, on any node, gets that record instead
-- of a second one. It was kept in the HTTP session of one node. Rows older than a day go as the same user submits.
create table submitted_form (
    form_key     varchar(36)              not null primary key,
    user_id      uuid                     not null,
    record_id    uuid,
    submitted_at timestamp with time zone not null
);
create index submitted_form_user on submitted_form (user_id, submitted_at);
