package io.mlgate.engine.model;

import java.util.List;

/**
 * The feature columns of a table, ready to turn rows into (name, value) pairs: numeric columns give their value under
 * their name, categorical columns an indicator named {@code column=value} with value 1.
 */
public final class FeatureColumns {
    private final Column[] columns;
    private final String[][] indicatorNames;

    public FeatureColumns(Table table, List<String> names) {
        columns = new Column[names.size()];
        indicatorNames = new String[names.size()][];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = table.column(names.get(i));
            if (columns[i] instanceof CategoricalColumn c) {
                indicatorNames[i] = FeatureNames.indicators(c);
            }
        }
    }

    public int width() {
        return columns.length;
    }

    /**
     * Writes the features present in {@code row} into {@code names}/{@code values} (each at least {@link #width()}
     * long) and returns how many were written.
     */
    public int row(int row, String[] names, double[] values) {
        int k = 0;
        for (int i = 0; i < columns.length; i++) {
            if (columns[i] instanceof NumericColumn n) {
                double v = n.values()[row];
                if (!Double.isNaN(v)) {
                    names[k] = n.name();
                    values[k++] = v;
                }
            } else {
                int code = ((CategoricalColumn) columns[i]).codes()[row];
                if (code >= 0) {
                    names[k] = indicatorNames[i][code];
                    values[k++] = 1.0;
                }
            }
        }
        return k;
    }
}
