package cn.anzuo.permit;

import java.util.Optional;

/**
 * The permit's risk score as approvers see it (API.md "Risk score"). Implemented outside the permit module
 * (the risk module learns it from the company's history); the permit's JSON carries it as {@code risk},
 * and without an implementation the permit simply has none.
 */
public interface PermitRiskAssessor {

    Optional<PermitRisk> assess(PermitRecord permit);
}
