package cn.anzuo.risk.domain;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies' models in the database, so every node scores with the same parameters: one row per company
 * (also for the prior, as the record that tonight's training ran) and its learned weights.
 */
@Repository
public class RiskModels {

    private final JdbcClient jdbc;

    RiskModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The company's model: the learned one if it has one, else the prior. */
    @Transactional(readOnly = true)
    public RiskModel of(UUID companyId) {
        return jdbc.sql("select intercept, permits, trained_at from risk_model where company_id = ? and kind = 'LEARNED'")
                .param(companyId)
                .query((rs, n) -> new RiskModel(RiskModel.Kind.LEARNED, rs.getDouble(1), weights(companyId), rs.getInt(2),
                        rs.getTimestamp(3).toInstant()))
                .optional().orElseGet(RiskPrior::model);
    }

    /** The company day the company's model was last trained on, if ever. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> trainedOn(UUID companyId) {
        return jdbc.sql("select trained_on from risk_model where company_id = ?").param(companyId)
                .query(LocalDate.class).optional();
    }

    /** Replaces the company's model (a prior keeps no weights: they are in the code). */
    @Transactional
    public void save(UUID companyId, RiskModel model, int positives, LocalDate trainedOn, java.time.Instant at) {
        jdbc.sql("delete from risk_model_weight where company_id = ?").param(companyId).update();
        jdbc.sql("delete from risk_model where company_id = ?").param(companyId).update();
        jdbc.sql("""
                insert into risk_model (company_id, kind, intercept, permits, positives, trained_on, trained_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(companyId, model.kind().name(), model.intercept(), model.permits(), positives, trainedOn,
                        Timestamp.from(at))
                .update();
        if (model.kind() == RiskModel.Kind.LEARNED) {
            model.weights().forEach((feature, weight) -> jdbc.sql(
                            "insert into risk_model_weight (company_id, feature, weight) values (?, ?, ?)")
                    .params(companyId, feature, weight).update());
        }
    }

    private Map<String, Double> weights(UUID companyId) {
        Map<String, Double> weights = new HashMap<>();
        jdbc.sql("select feature, weight from risk_model_weight where company_id = ?").param(companyId)
                .query(rs -> {
                    weights.put(rs.getString(1), rs.getDouble(2));
                });
        return weights;
    }
}
