-- Passkeys (WebAuthn): Spring Security's JDBC repositories read and write user_entities and
-- user_credentials with exactly these column names (its user-entities-schema.sql and
-- user-credentials-schema-postgres.sql). user_entities.name is the Anzuo username.
create table user_entities (
    id           varchar(1000) not null primary key,
    name         varchar(100)  not null,
    display_name varchar(200)
);
create unique index user_entities_name on user_entities (name);

create table user_credentials (
    credential_id                varchar(1000) not null primary key,
    user_entity_user_id          varchar(1000) not null,
    public_key                   bytea         not null,
    signature_count              bigint,
    uv_initialized               boolean,
    backup_eligible              boolean       not null,
    authenticator_transports     varchar(1000),
    public_key_credential_type   varchar(100),
    backup_state                 boolean       not null,
    attestation_object           bytea,
    attestation_client_data_json bytea,
    created                      timestamp,
    last_used                    timestamp,
    label                        varchar(1000) not null
);
create index user_credentials_user on user_credentials (user_entity_user_id);

-- Check-in challenges (ADR 0075): issued to one user, single use, short-lived; kept in the database
-- so that a bearer-token caller needs no HTTP session and every node of a cluster agrees.
create table passkey_challenge (
    challenge  varchar(100) not null primary key,
    user_id    uuid         not null,
    expires_at timestamp with time zone not null
);
create index passkey_challenge_user on passkey_challenge (user_id);
