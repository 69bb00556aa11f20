package cn.anzuo.permit.domain;

import org.springframework.data.relational.core.mapping.Table;

/** The answer to one Annex A checklist item: does the measure apply (是否涉及)? */
@Table("permit_measure")
public record PermitMeasure(String code, boolean applicable) {}
