package io.mlgate.engine.drift;

import java.util.Locale;

/**
 * What a column is to the model. Features make up the dataset-level verdict; the label (target drift) and the
 * prediction (prediction drift) are judged and reported on their own.
 */
public enum ColumnRole {
    FEATURE("drift"), TARGET("target_drift"), PREDICTION("prediction_drift");

    private final String checkKind;

    ColumnRole(String checkKind) {
        this.checkKind = checkKind;
    }

    /** The check kind in reports, also the prefix of the check id. */
    public String checkKind() {
        return checkKind;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
