package io.mlgate.engine.model;

import java.util.Locale;

/** What a model predicts: a class label or a number. */
public enum ModelTask {
    CLASSIFICATION, REGRESSION;

    /** The spelling used in policy files and reports. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
