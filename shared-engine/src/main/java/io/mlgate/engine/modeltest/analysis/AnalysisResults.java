package io.mlgate.engine.modeltest.analysis;

import java.util.Objects;
import java.util.Optional;

/** The results of the analyses that ran (each empty when not configured or not applicable to the model). */
public record AnalysisResults(Optional<SliceResults> slices, Optional<FairnessResults> fairness,
                              Optional<RobustnessResults> robustness, Optional<LatencyResults> latency,
                              Optional<ImportanceResults> importance) {
    public AnalysisResults {
        Objects.requireNonNull(slices, "slices");
        Objects.requireNonNull(fairness, "fairness");
        Objects.requireNonNull(robustness, "robustness");
        Objects.requireNonNull(latency, "latency");
        Objects.requireNonNull(importance, "importance");
    }

    public static AnalysisResults none() {
        return new AnalysisResults(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
