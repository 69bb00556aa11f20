-- Notification channels of a company (group robots of WeCom, DingTalk, Feishu; SMS) and the durable
-- deliveries to them: a row per message and channel, retried with back-off by a job, never lost across a
-- restart; FAILED rows are listed for the admin (ADR 0055).
create table notification_channel (
    company_id             uuid primary key,
    wecom_url              varchar(500),
    dingtalk_url           varchar(500),
    dingtalk_secret_cipher varchar(300),
    feishu_url             varchar(500),
    feishu_secret_cipher   varchar(300),
    sms_enabled            boolean not null default false,
    updated_at             timestamp with time zone not null,
    updated_by             uuid
);

create table notification_delivery (
    id              uuid primary key,
    company_id      uuid         not null,
    channel         varchar(10)  not null,
    dedup_key       varchar(200) not null,
    title           varchar(200) not null,
    body            varchar(2000) not null,
    status          varchar(10)  not null,
    attempts        integer      not null,
    last_error      varchar(500),
    next_attempt_at timestamp with time zone not null,
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone
);
create unique index notification_delivery_once on notification_delivery (channel, dedup_key);
create index notification_delivery_due on notification_delivery (status, next_attempt_at);
create index notification_delivery_company on notification_delivery (company_id, status, created_at);
