package cn.anzuo.permit.domain;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** 关联的其他特殊作业及安全作业票编号: another permit of the same job (GB 30871 4.6). */
@Table("permit_relation")
public record PermitRelation(UUID relatedId) {}
