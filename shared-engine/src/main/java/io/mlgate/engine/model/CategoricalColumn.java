package io.mlgate.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A text column stored as codes into {@code levels}; code -1 marks a missing value. Levels are in order of first
 * appearance. The code array is owned by the column: never change it.
 */
public record CategoricalColumn(String name, int[] codes, List<String> levels) implements Column {
    public CategoricalColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(codes, "codes");
        levels = List.copyOf(levels);
    }

    @Override
    public int size() {
        return codes.length;
    }

    @Override
    public boolean isMissing(int row) {
        return codes[row] < 0;
    }

    /** The value of {@code row}, or {@code null} when missing. */
    public String get(int row) {
        int c = codes[row];
        return c < 0 ? null : levels.get(c);
    }

    @Override
    public CategoricalColumn reorder(int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = codes[order[i]];
        }
        return new CategoricalColumn(name, out, levels);
    }
}
