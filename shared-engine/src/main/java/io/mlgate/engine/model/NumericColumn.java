package io.mlgate.engine.model;

import java.util.Objects;

/** A numeric column; {@code NaN} marks a missing value. The array is owned by the column: never change it. */
public record NumericColumn(String name, double[] values) implements Column {
    public NumericColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean isMissing(int row) {
        return Double.isNaN(values[row]);
    }

    public double get(int row) {
        return values[row];
    }

    @Override
    public NumericColumn reorder(int[] order) {
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = values[order[i]];
        }
        return new NumericColumn(name, out);
    }
}
