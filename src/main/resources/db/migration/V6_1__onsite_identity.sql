-- On-site identity (issue 13): what a check-in must carry, NFC SUN checkpoints, face-terminal events and the
-- guardian's reported presence.
alter table company add column check_in_methods varchar(40);
alter table company add column check_in_identity varchar(10);
alter table company add column face_min_similarity double precision;
alter table company add column guardian_absence_minutes integer;

-- NTAG 424 DNA tags (NXP AN12196): the SDM meta-read and file-read keys sealed like other secrets; the last
-- read counter seen, raised by one conditional update so that a replayed or raced counter is refused.
alter table checkpoint add column nfc_uid varchar(14);
alter table checkpoint add column nfc_meta_key_cipher varchar(200);
alter table checkpoint add column nfc_file_key_cipher varchar(200);
alter table checkpoint add column nfc_counter integer;

-- a face terminal checks people in: no user signs in on it, the device is recorded instead
alter table check_in alter column user_id drop not null;
alter table check_in add column device_id uuid;

-- every face-terminal event, accepted or refused, for audit
create table face_event (
    id          uuid primary key,
    company_id  uuid        not null,
    site_id     uuid        not null,
    device_id   uuid        not null,
    worker_id   uuid        not null,
    occurred_at timestamp with time zone not null,
    similarity  double precision not null,
    liveness    boolean     not null,
    accepted    boolean     not null,
    refusal     varchar(20),
    received_at timestamp with time zone not null
);
create index face_event_worker on face_event (worker_id, occurred_at);
create index face_event_site on face_event (site_id, received_at);

-- the guardian's last reported position per active permit
create table guardian_presence (
    permit_id       uuid primary key,
    reported_at     timestamp with time zone not null,
    latitude        double precision not null,
    longitude       double precision not null,
    accuracy_meters double precision not null,
    distance_meters double precision not null,
    inside          boolean not null
);
