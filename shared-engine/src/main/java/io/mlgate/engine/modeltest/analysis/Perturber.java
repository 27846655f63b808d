package io.mlgate.engine.modeltest.analysis;

import io.mlgate.engine.model.CategoricalColumn;
import io.mlgate.engine.model.Column;
import io.mlgate.engine.model.NumericColumn;
import io.mlgate.engine.model.Table;

import java.util.List;
import java.util.SplittableRandom;

/** Seeded perturbations of a table's feature columns; every other column is shared, not copied. */
final class Perturber {
    private Perturber() {
    }

    /** Adds N(0, (scale * column std)^2) to every present value of each numeric feature. */
    static Table noise(Table t, List<String> features, double scale, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Table out = t;
        for (String f : features) {
            if (t.column(f) instanceof NumericColumn n) {
                double sd = std(n.values());
                double[] v = n.values().clone();
                for (int i = 0; i < v.length; i++) {
                    if (!Double.isNaN(v[i])) {
                        v[i] += scale * sd * gaussian(rng);
                    }
                }
                out = out.with(new NumericColumn(f, v));
            }
        }
        return out;
    }

    /** Replaces a share of each categorical feature's values by another value of the column, drawn by frequency. */
    static Table swap(Table t, List<String> features, double share, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Table out = t;
        for (String f : features) {
            if (t.column(f) instanceof CategoricalColumn c && c.levels().size() > 1) {
                int[] codes = c.codes().clone();
                for (int i = 0; i < codes.length; i++) {
                    if (codes[i] >= 0 && rng.nextDouble() < share) {
                        int other;
                        do {
                            other = c.codes()[rng.nextInt(codes.length)];
                        } while (other < 0 || other == codes[i]);
                        codes[i] = other;
                    }
                }
                out = out.with(new CategoricalColumn(f, codes, c.levels()));
            }
        }
        return out;
    }

    /** Removes a share of feature values; a row always keeps at least one present feature, so it can be predicted. */
    static Table missing(Table t, List<String> features, double share, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = t.rows();
        int f = features.size();
        boolean[][] drop = new boolean[f][n];
        for (int i = 0; i < n; i++) {
            int kept = 0;
            int lastPresent = -1;
            for (int j = 0; j < f; j++) {
                Column col = t.column(features.get(j));
                if (!col.isMissing(i)) {
                    drop[j][i] = rng.nextDouble() < share;
                    if (!drop[j][i]) {
                        kept++;
                    }
                    lastPresent = j;
                }
            }
            if (kept == 0 && lastPresent >= 0) {
                drop[lastPresent][i] = false;
            }
        }
        Table out = t;
        for (int j = 0; j < f; j++) {
            Column col = t.column(features.get(j));
            if (col instanceof NumericColumn num) {
                double[] v = num.values().clone();
                for (int i = 0; i < n; i++) {
                    v[i] = drop[j][i] ? Double.NaN : v[i];
                }
                out = out.with(new NumericColumn(col.name(), v));
            } else {
                CategoricalColumn c = (CategoricalColumn) col;
                int[] codes = c.codes().clone();
                for (int i = 0; i < n; i++) {
                    codes[i] = drop[j][i] ? -1 : codes[i];
                }
                out = out.with(new CategoricalColumn(col.name(), codes, c.levels()));
            }
        }
        return out;
    }

    static double std(double[] v) {
        double sum = 0;
        double sq = 0;
        int n = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                sum += x;
                sq += x * x;
                n++;
            }
        }
        return n < 2 ? 0 : Math.sqrt(Math.max(0, (sq - sum * sum / n) / (n - 1)));
    }

    private static double gaussian(SplittableRandom rng) {
        double u = 1 - rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
