-- The browser or app a person checked in from (issue 12 item 7, ADR 0064): the SHA-256 fingerprint of the
-- phone's long-lived anzuo_device cookie or of an API client's X-Device-Id header. An audit signal only
-- (two people checking in from one device); it proves nothing and is never used to allow or refuse.
-- Face terminals keep their own device_id: one terminal checks many people in by design.
alter table check_in add column client_device char(64);
