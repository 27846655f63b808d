package io.mlgate.engine.modeltest.predict;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Column;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.Table;

/**
 * Rows as dense float vectors in a model's feature order: numeric features as their value (NaN when missing),
 * indicator features {@code col=value} as 1 or 0 (0 also when the category is missing).
 */
record DenseRows(FeatureBinding binding) {

    Bound on(Table table) {
        int f = binding.feature().size();
        Column[] cols = new Column[f];
        int[] levelCode = new int[f];
        for (int i = 0; i < f; i++) {
            cols[i] = table.column(binding.feature().get(i));
            String level = binding.level().get(i);
            levelCode[i] = level == null ? -1 : ((CategoricalColumn) cols[i]).levels().indexOf(level);
        }
        return new Bound(cols, levelCode);
    }

    /** The binding applied to one table. */
    record Bound(Column[] cols, int[] levelCode) {
        /** Writes rows from..to into {@code buf}, row-major. */
        void fill(int from, int to, float[] buf) {
            int f = cols.length;
            for (int r = from; r < to; r++) {
                int base = (r - from) * f;
                for (int i = 0; i < f; i++) {
                    if (cols[i] instanceof NumericColumn n) {
                        buf[base + i] = (float) n.values()[r];
                    } else {
                        int code = ((CategoricalColumn) cols[i]).codes()[r];
                        buf[base + i] = code >= 0 && code == levelCode[i] ? 1f : 0f;
                    }
                }
            }
        }
    }
}
