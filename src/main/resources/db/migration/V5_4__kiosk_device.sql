-- Paired kiosks (打卡屏): a gate tablet is paired to one checkpoint with a one-time pairing code and
-- then shows that checkpoint's rotating code with its own device secret, never with a person's login.
-- Only SHA-256 digests of the pairing code and of the device secret are stored.
create table kiosk_device (
    id                 uuid primary key,
    checkpoint_id      uuid        not null references checkpoint (id),
    name               varchar(60) not null,
    pairing_code_hash  varchar(64),
    pairing_expires_at timestamp with time zone,
    secret_hash        varchar(64),
    created_by         uuid        not null,
    created_at         timestamp with time zone not null,
    paired_at          timestamp with time zone,
    last_seen_at       timestamp with time zone,
    revoked_at         timestamp with time zone
);
create unique index kiosk_device_pairing_code on kiosk_device (pairing_code_hash);
create index kiosk_device_checkpoint on kiosk_device (checkpoint_id);
