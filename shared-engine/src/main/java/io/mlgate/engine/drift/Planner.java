package io.mlgate.engine.drift;

import io.mlgate.engine.drift.policy.ColumnPolicy;
import io.mlgate.engine.drift.policy.DriftPolicy;

/**
 * Chooses each column's test, threshold and level. The automatic test depends on the kind and on the effective
 * sample size n·m/(n+m) of the two non-null samples: up to {@code pvalue_max_n} a hypothesis test (KS for numeric,
 * chi-square for categorical columns), above it a distance (normalised Wasserstein, Jensen–Shannon), because on large
 * samples a p-value test calls every tiny, harmless difference significant. {@code tests:} in the policy replaces the
 * automatic choice per kind; a column's own {@code test} replaces both.
 */
final class Planner {
    private final DriftPolicy policy;

    Planner(DriftPolicy policy) {
        this.policy = policy;
    }

    ColumnPlan plan(String column, ColumnRole role, ColumnKind kind, long n, long m) {
        ColumnPolicy p = policy.column(column);
        boolean automatic = false;
        DriftTest test;
        if (p.test().isPresent()) {
            test = p.test().get();
        } else if (kind == ColumnKind.NUMERIC && policy.numericTest().isPresent()) {
            test = policy.numericTest().get();
        } else if (kind == ColumnKind.CATEGORICAL && policy.categoricalTest().isPresent()) {
            test = policy.categoricalTest().get();
        } else {
            automatic = true;
            boolean small = effectiveSize(n, m) <= policy.pValueMaxN();
            test = kind == ColumnKind.NUMERIC ? (small ? DriftTest.KS : DriftTest.WASSERSTEIN)
                    : (small ? DriftTest.CHI_SQUARE : DriftTest.JENSEN_SHANNON);
        }
        if (!test.supports(kind)) {
            throw p.column().origin().error(test.yamlName() + " does not apply to " + kind.yamlName()
                    + " column '" + column + "'");
        }
        double threshold = p.threshold().orElse(policy.threshold(test));
        return new ColumnPlan(column, role, kind, test, threshold, p.level().orElse(policy.columnLevel()), automatic);
    }

    /**
     * Whether any numeric column may be judged by KS, decided from row counts before measuring (the effective size
     * of the non-null values is at most that of the rows): only then are atoms worth looking for.
     */
    static boolean ksPossible(DriftPolicy policy, long referenceRows, long currentRows) {
        if (policy.columns().values().stream().anyMatch(c -> c.test().filter(t -> t == DriftTest.KS).isPresent())) {
            return true;
        }
        if (policy.numericTest().isPresent()) {
            return policy.numericTest().get() == DriftTest.KS;
        }
        return effectiveSize(referenceRows, currentRows) <= policy.pValueMaxN();
    }

    /** n·m/(n+m): the size that governs a two-sample test's power; 0 when a side is empty. */
    static double effectiveSize(long n, long m) {
        return n + m == 0 ? 0 : (double) n * m / (n + m);
    }
}
