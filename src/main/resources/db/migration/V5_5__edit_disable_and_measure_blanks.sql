-- Issue 10: records are disabled, never deleted, because permits, check-ins and certificates refer to them.
-- A disabled company's users cannot sign in; a disabled site accepts no new permits; a disabled worker
-- cannot be named on a new permit. (User accounts have had their enabled flag since V1_0.)
alter table company add column enabled boolean not null default true;
alter table site add column enabled boolean not null default true;
alter table worker add column enabled boolean not null default true;

-- The values written into the blanks of an Annex A measure ("加盲板（2）块"), separated by U+001F.
alter table permit_measure add column blanks varchar(500);
