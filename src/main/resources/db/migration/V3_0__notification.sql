-- Notifications: the in-app inbox (站内信), one row per recipient. Title and body are message keys,
-- rendered with args (a JSON array of strings) in the reader's language. Users and companies are
-- referenced by id only (they belong to the organisation module).
create table notification (
    id         uuid         primary key,
    company_id uuid         not null,
    user_id    uuid         not null,
    kind       varchar(40)  not null,
    title_key  varchar(100) not null,
    body_key   varchar(100) not null,
    args       text         not null,
    link       varchar(500),
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone,
    version    bigint       not null
);
create index notification_user_read on notification (user_id, read_at);
create index notification_user_created on notification (user_id, created_at);
