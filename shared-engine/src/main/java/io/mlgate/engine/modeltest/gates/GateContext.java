package io.mlgate.engine.modeltest.gates;

import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.modeltest.analysis.AnalysisResults;
import io.mlgate.engine.modeltest.stats.Bootstrap;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What gates judge: the model under test (the challenger), the baseline (champion) when one was given, the
 * results of the analyses, the bootstrap settings, and the inputs every check's provenance names.
 */
public record GateContext(MeasuredModel challenger, Optional<MeasuredModel> champion, AnalysisResults analyses,
                          Bootstrap bootstrap, Map<String, String> inputs) {
    public GateContext {
        Objects.requireNonNull(analyses, "analyses");
        Objects.requireNonNull(challenger, "challenger");
        Objects.requireNonNull(champion, "champion");
        Objects.requireNonNull(bootstrap, "bootstrap");
        inputs = Map.copyOf(inputs);
    }

    Provenance provenance(String algorithm) {
        return Provenance.of("modeltest." + algorithm, "1", inputs, bootstrap.seed());
    }
}
