package cn.anzuo.permit.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A worker (作业人) named on a permit. */
@Table("permit_worker")
public record PermitWorker(UUID workerId) {}
