package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.model.Metrics;
import io.mlgate.engine.buildrisk.model.ModelCard;
import io.mlgate.engine.buildrisk.model.RecordedRisks;
import io.mlgate.engine.buildrisk.model.Reliability;
import io.mlgate.engine.io.JsonText;

/**
 * The {@code recorded_risks} object of predict's section and of a model card's {@code replaces}: builds, broken, the
 * risks' sum and Brier score (and the previous-outcome rates'), whether there are enough builds and whether the model
 * is behind, and the model's and the baseline's calls.
 */
final class RecordedRisksJson {
    private RecordedRisksJson() {
    }

    static ObjectNode of(RecordedRisks l) {
        Reliability r = l.reliability(); // once: the sum and both Brier scores come from one pass
        ObjectNode rr = JsonText.NODES.objectNode();
        rr.put("builds", l.builds()).put("broken", l.broken()).put("risk_sum", Math.round(r.expected() * 1e4) / 1e4)
                .put("brier", Math.round(r.brier() * 1e4) / 1e4)
                .put("baseline_brier", Math.round(r.baselineBrier() * 1e4) / 1e4).put("enough", l.enough())
                .put("behind_baseline", l.behindBaseline());
        rr.set("model", calls(l.model()));
        rr.set("baseline", calls(l.baseline()));
        return rr;
    }

    private static ObjectNode calls(Metrics m) {
        return ModelCard.metrics(m).put("alarms", m.alarms());
    }
}
