package io.mlgate.engine.drift;

import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.data.Sql;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper: a column's raw values read back from a file, and the exact KS and Wasserstein-1 of two samples. */
final class ExactSamples {
    private ExactSamples() {
    }

    static double[] read(Path file, String column) throws Exception {
        try (ScanEngine e = ScanEngine.open(); Statement s = e.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT CAST(" + Sql.ident(column) + " AS DOUBLE) FROM "
                     + Sql.literal(file.toString()) + " WHERE " + Sql.ident(column) + " IS NOT NULL")) {
            List<Double> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getDouble(1));
            }
            return out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
    }

    /** sup |F_a − F_b| over all values, by merging the sorted samples. */
    static double ks(double[] a, double[] b) {
        double d = 0;
        for (double x : union(a, b)) {
            d = Math.max(d, Math.abs(cdf(a, x) - cdf(b, x)));
        }
        return d;
    }

    /** ∫ |F_a − F_b| dx: between consecutive values both distribution functions are constant. */
    static double w1(double[] a, double[] b) {
        double[] xs = union(a, b);
        double w = 0;
        for (int j = 0; j + 1 < xs.length; j++) {
            w += Math.abs(cdf(a, xs[j]) - cdf(b, xs[j])) * (xs[j + 1] - xs[j]);
        }
        return w;
    }

    static double std(double[] a) {
        double mean = Arrays.stream(a).average().orElseThrow();
        return Math.sqrt(Arrays.stream(a).map(x -> (x - mean) * (x - mean)).sum() / a.length);
    }

    private static double[] union(double[] a, double[] b) {
        return java.util.stream.DoubleStream.concat(Arrays.stream(a), Arrays.stream(b)).sorted().distinct().toArray();
    }

    /** Share of the sorted sample at most x. */
    private static double cdf(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return (double) lo / sorted.length;
    }
}
