package io.mlgate.engine.drift;

import io.mlgate.engine.drift.data.CategoryCounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * A categorical column of both sides over the union of their values (sorted), and the chart's bars: the most
 * visible values, then one bar for the rest of the reference's values and one for values new in the current data.
 */
final class CategoricalComparison {
    /** Most values a chart shows one by one. */
    static final int CHART_VALUES = 12;

    private final List<String> values;
    private final long[] reference;
    private final long[] current;
    private final CategoryCounts ref;

    CategoricalComparison(CategoryCounts ref, CategoryCounts cur) {
        this.ref = ref;
        TreeSet<String> all = new TreeSet<>(ref.counts().keySet());
        all.addAll(cur.counts().keySet());
        this.values = List.copyOf(all);
        this.reference = values.stream().mapToLong(v -> ref.counts().getOrDefault(v, 0L)).toArray();
        this.current = values.stream().mapToLong(v -> cur.counts().getOrDefault(v, 0L)).toArray();
    }

    long[] reference() {
        return reference.clone();
    }

    long[] current() {
        return current.clone();
    }

    /** How many values occur in the current data but not in the reference. */
    int newValues() {
        int n = 0;
        for (int i = 0; i < values.size(); i++) {
            if (reference[i] == 0 && current[i] > 0) {
                n++;
            }
        }
        return n;
    }

    /** Share of the current data's values that the reference never had. */
    double newShare() {
        long total = 0;
        long fresh = 0;
        for (int i = 0; i < values.size(); i++) {
            total += current[i];
            fresh += reference[i] == 0 ? current[i] : 0;
        }
        return total == 0 ? 0 : (double) fresh / total;
    }

    List<ChartBin> chart() {
        double nr = sum(reference);
        double nc = sum(current);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -Math.max(reference[i] / nr, nc == 0 ? 0 : current[i] / nc))
                .thenComparing(values::get));
        List<ChartBin> out = new ArrayList<>();
        double otherR = 0;
        double otherC = 0;
        double newC = 0;
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            double r = reference[i] / nr;
            double c = nc == 0 ? 0 : current[i] / nc;
            if (rank < CHART_VALUES) {
                out.add(new ChartBin(values.get(i), null, null, r, c));
            } else if (ref.counts().containsKey(values.get(i))) {
                otherR += r;
                otherC += c;
            } else {
                newC += c;
            }
        }
        if (otherR + otherC > 0) {
            out.add(new ChartBin("(other values)", null, null, otherR, otherC));
        }
        if (newC > 0) {
            out.add(new ChartBin("(other new values)", null, null, 0, newC));
        }
        return out;
    }

    private static double sum(long[] a) {
        double s = 0;
        for (long v : a) {
            s += v;
        }
        return s;
    }
}
