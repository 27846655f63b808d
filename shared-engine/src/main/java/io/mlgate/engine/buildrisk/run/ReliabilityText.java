package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.model.ModelCard;
import io.mlgate.engine.buildrisk.model.Reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation's calibration: whether "a 30% risk" meant that about 30% of such test builds broke. {@code
 * calibration} in the section's data; a sentence and a table of risk bands in its text.
 */
final class ReliabilityText {
    static final List<String> HEADER = List.of("risk band", "builds", "mean risk", "share broken");

    final String sentence;
    final List<List<String>> rows = new ArrayList<>();

    /** Fills {@code calibration} of the section's data, {@link #sentence} and {@link #rows}: an evaluation's. */
    ReliabilityText(Reliability r, ObjectNode calibration) {
        this(r, calibration, "the test builds", "the training builds");
    }

    /**
     * The same for the builds {@code which} names ("the test builds"), whose previous-outcome rates came from
     * {@code ratesFrom} ("the training builds").
     */
    ReliabilityText(Reliability r, ObjectNode calibration, String which, String ratesFrom) {
        ModelCard.number(calibration, "brier", r.brier());
        ModelCard.number(calibration, "baseline_brier", r.baselineBrier());
        ModelCard.number(calibration, "expected_broken", r.expected());
        calibration.put("broken", r.observed());
        var bands = calibration.putArray("bands");
        for (Reliability.Band b : r.bands()) {
            ObjectNode o = bands.addObject();
            o.put("from", b.lower());
            o.put("to", b.upper());
            o.put("builds", b.builds());
            ModelCard.number(o, "mean_risk", b.meanRisk());
            ModelCard.number(o, "broken_share", b.brokenShare());
            rows.add(List.of(String.format(Locale.ROOT, "%.1f–%.1f", b.lower(), b.upper()), Integer.toString(b.builds()),
                    Text.percent(b.meanRisk()), Text.percent(b.brokenShare())));
        }
        sentence = String.format(Locale.ROOT, "Calibration on %s: their risks add up to %.1f broken builds; "
                        + "%d broke. Brier score %s (the previous-outcome rates of %s, the baseline as "
                        + "a probability: %s; lower is better).", which, r.expected(), r.observed(), Text.num(r.brier()),
                ratesFrom, Text.num(r.baselineBrier()));
    }
}
