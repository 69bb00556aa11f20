package cn.anzuo.permit.domain;

import cn.anzuo.permit.HazardFactor;
import org.springframework.data.relational.core.mapping.Table;

/** One objective hazard factor of a height permit (table {@code permit_hazard_factor}). */
@Table("permit_hazard_factor")
record PermitHazardFactor(HazardFactor factor) {}
