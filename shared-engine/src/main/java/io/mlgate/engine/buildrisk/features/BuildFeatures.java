package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.RelatedCall;

import java.util.Objects;
import java.util.Optional;

/**
 * One build's features: the raw measurements (indexed by {@link Feature#ordinal()}) and the details behind them that
 * explanations put into words.
 *
 * @param build    the build (for a prediction, the build about to run, with the outcome it does not have yet)
 * @param raw      raw measurements, one per {@link Feature} ({@link Feature#RELATED_OUTCOME_CALL} is set from
 *                 {@code related})
 * @param change   what the change touched
 * @param overlap  how the change overlaps recent failures
 * @param previous the previous completed build on the branch (else overall): its id and outcome
 * @param author   the commit's author (e-mail)
 * @param related  the related-outcome rule's call on the build, from the builds before it
 */
public record BuildFeatures(Build build, double[] raw, ChangeStats change, FailureOverlap overlap,
                            Optional<Previous> previous, String author, RelatedCall related) {

    /** The build the baseline and the history features look back to. */
    public record Previous(String id, BuildStatus status, boolean sameBranch) {
    }

    public BuildFeatures {
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(overlap, "overlap");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(related, "related");
        if (raw.length != Feature.values().length) {
            throw new IllegalArgumentException("expected " + Feature.values().length + " features, got " + raw.length);
        }
        raw = raw.clone();
        raw[Feature.RELATED_OUTCOME_CALL.ordinal()] = related.broken() ? 1 : 0;
    }

    /** Features whose related-outcome call is the previous-outcome baseline's (for rows made by hand). */
    public BuildFeatures(Build build, double[] raw, ChangeStats change, FailureOverlap overlap,
                         Optional<Previous> previous, String author) {
        this(build, raw, change, overlap, previous, author,
                RelatedCall.baseline(previous.map(p -> p.status().isBroken()).orElse(false)));
    }

    public double raw(Feature f) {
        return raw[f.ordinal()];
    }

    /** Whether the 0/1 feature {@code f} is 1 for this build ({@link Feature#isSetIn}). */
    public boolean isSet(Feature f) {
        return f.isSetIn(raw);
    }

    @Override
    public double[] raw() {
        return raw.clone();
    }

    /** The values the model sees, in {@link Feature} order. */
    public double[] modelValues() {
        double[] v = new double[raw.length];
        for (Feature f : Feature.values()) {
            v[f.ordinal()] = f.modelValue(raw[f.ordinal()]);
        }
        return v;
    }

    /** The values a model is trained on: {@link #modelValues()} with the features it does not learn from at 0. */
    public double[] trainingValues() {
        double[] v = modelValues();
        for (Feature f : Feature.values()) {
            if (!f.learned()) {
                v[f.ordinal()] = 0;
            }
        }
        return v;
    }

    /** Whether the build broke (failed or errored); meaningless for a prediction. */
    public boolean broken() {
        return build.status().isBroken();
    }
}
