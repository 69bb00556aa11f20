package cn.anzuo.risk.domain;

import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitRisk;
import cn.anzuo.permit.PermitRiskAssessor;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Scores a permit with its company's model (learned, or the prior) for the permit's JSON and pages. */
@Component
class PermitRiskScorer implements PermitRiskAssessor {

    private final RiskModels models;
    private final RiskInputs inputs;

    PermitRiskScorer(RiskModels models, RiskInputs inputs) {
        this.models = models;
        this.inputs = inputs;
    }

    @Override
    public Optional<PermitRisk> assess(PermitRecord permit) {
        return Optional.of(models.of(permit.companyId()).assess(inputs.of(permit).values()));
    }
}
