package io.mlgate.engine.drift;

import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.Status;
import io.mlgate.engine.validate.Numbers;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks of a drift run, in column order: one per tested column ({@code drift:<column>},
 * {@code target_drift:<label>}, {@code prediction_drift:<prediction>}), then {@code drift:dataset}. A column's
 * measured value is the (adjusted) p-value or the distance its verdict rests on.
 */
public final class DriftChecks {
    /** Id of the dataset-level check. */
    public static final String DATASET_ID = "drift:dataset";

    private DriftChecks() {
    }

    public static List<CheckResult> of(DriftOutcome outcome, Provenance run) {
        List<CheckResult> out = new ArrayList<>();
        for (ColumnResult r : outcome.columns()) {
            ColumnPlan p = r.plan();
            Provenance prov = new Provenance(run.engineVersion(), "drift." + p.test().yamlName(), DriftRun.VERSION,
                    run.inputFingerprints(), run.time(), null);
            String threshold = p.test().yamlName() + (p.test().isPValue() ? " p-value " : " ")
                    + p.test().passCondition(p.threshold());
            out.add(new CheckResult(p.checkId(), p.role().checkKind(), p.column(), p.level(), r.status(), r.judged(),
                    threshold, r.message(), List.of(), prov));
        }
        DatasetVerdict d = outcome.dataset();
        out.add(new CheckResult(DATASET_ID, "drift", "dataset", d.level(), d.status(),
                d.status() == Status.NO_DATA ? null : d.share(),
                "share of drifted feature columns < " + Numbers.format(d.threshold()), d.message(), List.of(), run));
        return out;
    }

    /** The gate's status: the worst of the checks'. */
    public static Status status(DriftOutcome outcome) {
        List<Status> all = new ArrayList<>();
        outcome.columns().forEach(c -> all.add(c.status()));
        all.add(outcome.dataset().status());
        return Status.worstOf(all);
    }
}
