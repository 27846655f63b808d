package io.mlgate.engine.buildrisk.features;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The model's inputs, in a fixed order. Counts that grow without bound (files, lines, directories, commits, author
 * experience, hours) enter the model as {@code log(1 + x)}; the rest as they are. Flags are 0 or 1.
 */
public enum Feature {
    FILES_CHANGED(true),
    LINES_ADDED(true),
    LINES_DELETED(true),
    SOURCE_FILES(true),
    TEST_FILES(true),
    TOUCHES_BUILD_CONFIG(false),
    TOUCHES_CI_CONFIG(false),
    TOUCHES_DEPENDENCIES(false),
    DOCS_ONLY(false),
    DIRECTORIES(true),
    COMMITS_SINCE_PREVIOUS_BUILD(true),
    AUTHOR_EXPERIENCE(true),
    AUTHOR_RECENT_FAILURE_RATE(false),
    AUTHOR_RECENT_BUILDS(false),
    CHANGED_FILES_IN_RECENT_FAILURES(true),
    RECENT_FAILURES_SHARING_FILES(false),
    PREVIOUS_BUILD_BROKEN(false),
    PREVIOUS_BUILD_ERRORED(false),
    FAILURE_STREAK(false),
    BRANCH_RECENT_FAILURE_RATE(false),
    HOURS_SINCE_PREVIOUS_BUILD(true),
    PULL_REQUEST(false),
    /** Measured and explained, but not learned from: see {@link #learned()}. */
    HOUR_OF_DAY(false, false),
    /** Measured and explained, but not learned from: see {@link #learned()}. */
    WEEKDAY(false, false),
    /**
     * Broken share of the last {@link BranchState#RECENT} completed builds on all branches together: a project-wide
     * red spell (a broken dependency, the CI's infrastructure) that one branch's figures see late or not at all.
     * Added after the others (a model trained before it reads the features before it, {@code ModelFiles.load}).
     */
    PROJECT_RECENT_FAILURE_RATE(false),
    /**
     * 1 when the build's branch has no completed build before it (its previous-outcome features then describe the
     * builds of all branches together, not its own), else 0. Added after the others, as above.
     */
    FIRST_BUILD_ON_BRANCH(false),
    /**
     * 1 when the build's related build broke: for a pull-request build, the previous completed build of the same pull
     * request; for any other, the previous completed build on its branch that was not a pull-request build
     * ({@link io.mlgate.engine.buildrisk.history.RelatedBuilds}). Added after the others, as above.
     */
    RELATED_BUILD_BROKEN(false),
    /** 1 when the build has no related build (a pull request's first build, a branch's first push). As above. */
    NO_RELATED_BUILD(false),
    /**
     * 1 when the related-outcome rule calls the build broken ({@link BuildFeatures#related()}), else 0. Measured and
     * explained, but no model input ({@link #modelInput()}): it picks the calibration group of a model calibrated by
     * the rule's call ({@code Calibration}), and so explains how much of a risk that call makes. Added after the
     * others, as above.
     */
    RELATED_OUTCOME_CALL(false, false, false);

    private final boolean logScale;
    private final boolean learned;
    private final boolean modelInput;

    Feature(boolean logScale) {
        this(logScale, true);
    }

    Feature(boolean logScale, boolean learned) {
        this(logScale, learned, true);
    }

    Feature(boolean logScale, boolean learned, boolean modelInput) {
        this.logScale = logScale;
        this.learned = learned;
        this.modelInput = modelInput;
    }

    /**
     * Whether the model is given it at all. A feature that is not (the related-outcome rule's call) is no column of the
     * training data, so that adding it changed no model (XGBoost samples 80% of the columns per tree).
     */
    public boolean modelInput() {
        return modelInput;
    }

    /** The name in model files and cards, e.g. {@code files_changed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the model sees {@code log(1 + x)} rather than {@code x}. */
    public boolean logScale() {
        return logScale;
    }

    /**
     * Whether models are trained on it. The hour and the weekday are not (since 2026-11-23): a few hundred builds let a
     * model fit noise in them, and leaving them out raised the test ROC AUC on ten of fourteen projects held out for
     * that test (docs/buildrisk-measured.md, "Without the hour and the weekday"). Training sees such a feature as 0,
     * so a model gives it no weight and no split, and models trained before, which learnt from it, still get its value.
     */
    public boolean learned() {
        return learned;
    }

    /** Whether this 0/1 feature is 1 in raw measurements (in {@link Feature} order). */
    public boolean isSetIn(double[] raw) {
        return raw[ordinal()] >= 0.5;
    }

    /** The value the model sees for a raw measurement. */
    public double modelValue(double raw) {
        return logScale ? Math.log1p(Math.max(0, raw)) : raw;
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Feature::id).toList();
    }
}
