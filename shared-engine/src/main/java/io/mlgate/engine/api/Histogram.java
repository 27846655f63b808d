package io.mlgate.engine.api;

import java.util.Arrays;
import java.util.List;

/**
 * Equal-width histogram of a numeric column: {@code edges} has one more element than {@code counts};
 * bin i covers [edges[i], edges[i+1]) and the last bin includes its upper edge.
 */
public record Histogram(List<Double> edges, List<Long> counts) {
    public Histogram {
        edges = List.copyOf(edges);
        counts = List.copyOf(counts);
        if (counts.isEmpty() || edges.size() != counts.size() + 1) {
            throw new IllegalArgumentException("a histogram needs n >= 1 counts and n + 1 edges, got "
                    + counts.size() + " counts and " + edges.size() + " edges");
        }
    }

    public static Histogram of(double[] edges, long[] counts) {
        return new Histogram(Arrays.stream(edges).boxed().toList(), Arrays.stream(counts).boxed().toList());
    }

    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }
}
