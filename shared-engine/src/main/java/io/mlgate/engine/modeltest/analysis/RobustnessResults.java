package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.modeltest.policy.Perturbation;

import java.util.List;

/** Shares of changed predictions per perturbation, on a seeded sample of rows. */
public record RobustnessResults(int rows, double confidence, List<Result> results) {
    public RobustnessResults {
        results = List.copyOf(results);
    }

    /**
     * One perturbation.
     *
     * @param description what was changed, e.g. {@code Gaussian noise of 0.1 standard deviations on 2 numeric features}
     * @param changed     rows whose prediction changed
     * @param share       changed / rows; NaN when the perturbation does not apply (no feature of its kind)
     * @param lower       Wilson interval of the share
     */
    public record Result(Perturbation perturbation, String description, int changed, double share, double lower,
                         double upper) {
    }
}
