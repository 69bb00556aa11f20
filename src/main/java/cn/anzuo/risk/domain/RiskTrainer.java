package cn.anzuo.risk.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Learns a company's logistic model with Tribuo (ADR 0076) from its closed permits, or keeps the prior while it
 * has fewer than {@value RiskPrior#LEARN_FROM} of them, or while all of them went the same way (nothing to learn).
 * Tribuo fits two-class softmax weights; the difference of the two rows is the logistic weight stored and used
 * for scoring, so every node scores with plain arithmetic and no Tribuo model object is kept.
 */
public final class RiskTrainer {

    /** One closed permit: its features when it started and whether it met an alarm, a violation or a failed check. */
    public record LabelledPermit(UUID permitId, Instant startedAt, Map<String, Double> features, boolean risky) {}

    static final String RISKY = "RISKY";
    static final String SAFE = "SAFE";
    static final long SEED = 20261201L;
    static final int EPOCHS = 40;

    static {
        // Tribuo logs each epoch's loss through java.util.logging at INFO.
        Logger.getLogger("org.tribuo").setLevel(Level.WARNING);
    }

    private RiskTrainer() {}

    public static RiskModel train(List<LabelledPermit> permits, Instant at) {
        long risky = permits.stream().filter(LabelledPermit::risky).count();
        if (permits.size() < RiskPrior.LEARN_FROM || risky == 0 || risky == permits.size()) {
            return RiskPrior.model();
        }
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> data = new MutableDataset<>(
                new SimpleDataSourceProvenance("closed permits", OffsetDateTime.ofInstant(at, ZoneOffset.UTC), labels), labels);
        for (LabelledPermit p : permits) {
            String[] names = p.features().keySet().toArray(String[]::new);
            double[] values = p.features().values().stream().mapToDouble(Double::doubleValue).toArray();
            data.add(new ArrayExample<>(new Label(p.risky() ? RISKY : SAFE), names, values));
        }
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.1, 0.1), EPOCHS,
                Integer.MAX_VALUE, 1, SEED);
        LinearSGDModel model = (LinearSGDModel) trainer.train(data);
        DenseMatrix w = model.getWeightsCopy();
        int pos = model.getOutputIDInfo().getID(new Label(RISKY));
        int neg = model.getOutputIDInfo().getID(new Label(SAFE));
        int features = model.getFeatureIDMap().size();
        Map<String, Double> weights = new HashMap<>();
        for (var feature : model.getFeatureIDMap()) {
            int id = model.getFeatureIDMap().getID(feature.getName());
            weights.put(feature.getName(), w.get(pos, id) - w.get(neg, id));
        }
        double intercept = w.get(pos, features) - w.get(neg, features);
        return new RiskModel(RiskModel.Kind.LEARNED, intercept, weights, permits.size(), at);
    }
}
