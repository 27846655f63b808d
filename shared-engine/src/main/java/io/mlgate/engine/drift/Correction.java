package io.mlgate.engine.drift;

/** How the p-values of the feature columns are corrected for testing many columns at once. */
public enum Correction {
    /** Benjamini–Hochberg false discovery rate adjustment (the default). */
    BENJAMINI_HOCHBERG,
    /** Each p-value judged on its own. */
    NONE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
