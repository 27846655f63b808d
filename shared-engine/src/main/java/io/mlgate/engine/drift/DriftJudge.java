package io.mlgate.engine.drift;

import io.mlgate.engine.api.Status;
import io.mlgate.engine.drift.policy.DriftPolicy;
import io.mlgate.engine.drift.stats.BenjaminiHochberg;

import java.util.ArrayList;
import java.util.List;

/**
 * Judges measured columns together: corrects the p-values of the feature columns that used a p-value test
 * (Benjamini–Hochberg unless the policy says {@code correction: none}; the label and prediction columns are judged
 * on their own), gives each column its verdict, and the dataset its verdict from the share of drifted features.
 */
final class DriftJudge {
    static final String BH_NOTE = "Benjamini-Hochberg adjusted";

    private final DriftPolicy policy;

    DriftJudge(DriftPolicy policy) {
        this.policy = policy;
    }

    DriftOutcome judge(List<ColumnResult> measured, List<DriftOutcome.Skipped> skipped) {
        List<Integer> family = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            ColumnResult m = measured.get(i);
            if (m.plan().role() == ColumnRole.FEATURE && m.plan().test().isPValue() && m.hasData()) {
                family.add(i);
            }
        }
        boolean correct = policy.correction() == Correction.BENJAMINI_HOCHBERG && family.size() > 1;
        Double[] adjusted = new Double[measured.size()];
        for (int i = 0; i < measured.size(); i++) {
            adjusted[i] = measured.get(i).pValue();
        }
        if (correct) {
            double[] p = family.stream().mapToDouble(i -> measured.get(i).pValue()).toArray();
            double[] q = BenjaminiHochberg.adjust(p);
            for (int j = 0; j < family.size(); j++) {
                adjusted[family.get(j)] = q[j];
            }
        }
        List<ColumnResult> judged = new ArrayList<>();
        long tested = 0;
        long drifted = 0;
        for (int i = 0; i < measured.size(); i++) {
            boolean inFamily = correct && family.contains(i);
            ColumnResult r = ColumnJudge.judge(measured.get(i), adjusted[i], inFamily ? BH_NOTE : null);
            judged.add(r);
            if (r.plan().role() == ColumnRole.FEATURE && r.hasData()) {
                tested++;
                drifted += r.drifted() ? 1 : 0;
            }
        }
        return new DriftOutcome(judged, dataset(tested, drifted), correct ? Correction.BENJAMINI_HOCHBERG : Correction.NONE,
                family.size(), skipped);
    }

    private DatasetVerdict dataset(long tested, long drifted) {
        if (tested == 0) {
            return new DatasetVerdict(0, 0, 0, policy.share(), false, policy.level(), Status.NO_DATA,
                    "no feature column could be tested");
        }
        double share = (double) drifted / tested;
        boolean drift = share >= policy.share();
        return new DatasetVerdict(tested, drifted, share, policy.share(), drift, policy.level(),
                drift ? policy.level().failureStatus() : Status.PASS,
                Messages.dataset(drifted, tested, share, policy.share(), drift));
    }
}
