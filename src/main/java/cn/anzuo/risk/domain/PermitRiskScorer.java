package cn.anzuo.risk.domain;

import cn.anzuo.permit.PermitRecord;
import cn.anzuo.permit.PermitRisk;
import cn.anzuo.permit.PermitRiskAssessor;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** Scores a permit with its company's model (learned, or the prior) for the permit's JSON and pages. */
@Component
class PermitRiskScorer implements PermitRiskAssessor {

    private static final Logger log = LoggerFactory.getLogger(PermitRiskScorer.class);

    private final RiskModels models;
    private final RiskInputs inputs;

    PermitRiskScorer(RiskModels models, RiskInputs inputs) {
        this.models = models;
        this.inputs = inputs;
    }

    /** The permit page must open even when the score cannot be computed: then the permit has no risk. */
    @Override
    public Optional<PermitRisk> assess(PermitRecord permit) {
        try {
            return Optional.of(models.of(permit.companyId()).assess(inputs.of(permit).values()));
        } catch (DataAccessException e) {
            log.warn("Risk of permit {} not scored", permit.id(), e);
            return Optional.empty();
        }
    }
}
