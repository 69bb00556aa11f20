-- Which permits a worker is on in a span (PermitCalendar.bookings: the fatigue gate of every submission naming the
-- worker, the check-in page). The worker's branch found the permits by worker_id alone and read each one to compare its
-- planned start: a welder's whole history, growing with the years of service. A permit's planned start never changes,
-- so each crew row carries it, and the range is bounded by the index as the leader's and the guardian's are.
alter table permit_worker add column planned_start timestamp with time zone;
update permit_worker set planned_start = (select p.planned_start from work_permit p where p.id = permit_worker.work_permit);
alter table permit_worker alter column planned_start set not null;
-- permit_worker_worker stays: on H2 it serves the foreign key to worker.
create index permit_worker_worker_start on permit_worker (worker_id, planned_start);
