package cn.anzuo.permit.domain;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A worker (作业人) named on a permit. It carries the permit's planned start, which never changes, so that a worker's
 * permits in a span are found from an index without reading the worker's whole history ({@link PermitCalendar}).
 */
@Table("permit_worker")
public record PermitWorker(UUID workerId, Instant plannedStart) {}
