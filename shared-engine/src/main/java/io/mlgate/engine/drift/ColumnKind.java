package io.mlgate.engine.drift;

import java.util.Locale;

/** How a column's distributions are compared: as numbers on a grid, or as categories. */
public enum ColumnKind {
    NUMERIC, CATEGORICAL;

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
