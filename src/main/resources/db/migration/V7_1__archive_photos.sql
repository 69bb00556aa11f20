-- Live photos of a permit (API.md "Photos"): the watermarked image as stored, and the SHA-256 of those bytes,
-- which the permit's trace (PHOTO event) also carries.

create table permit_photo (
    id           uuid                     not null primary key,
    permit_id    uuid                     not null,
    company_id   uuid                     not null,
    kind         varchar(20)              not null,
    taken_at     timestamp with time zone not null,
    latitude     double precision,
    longitude    double precision,
    uploaded_by  uuid                     not null,
    content_type varchar(20)              not null,
    sha256       char(64)                 not null,
    content      bytea                    not null
);
create index permit_photo_permit on permit_photo (permit_id);
