package io.mlgate.engine.drift.stats;

/**
 * Population stability index of the current distribution against the reference, over the same bins:
 *
 * <pre>PSI = Σ_i (c_i − r_i) · ln(c_i / r_i)</pre>
 *
 * where r_i and c_i are the reference's and the current data's shares of bin i. A share of 0 is replaced by
 * {@value #EPSILON} (without renormalising, as Evidently and most PSI implementations do) so that a bin empty on one
 * side adds a large but finite term. PSI is symmetric, 0 for identical shares, and unbounded. Common readings:
 * below 0.1 no change, 0.1–0.25 moderate, above 0.25 a major shift.
 */
public final class PopulationStability {
    /** Share used in place of an empty bin. */
    public static final double EPSILON = 1e-4;

    private PopulationStability() {
    }

    public static double index(long[] reference, long[] current) {
        Shares.sameLength(reference, current);
        double[] r = Shares.of(reference);
        double[] c = Shares.of(current);
        double psi = 0;
        for (int i = 0; i < r.length; i++) {
            double ri = r[i] == 0 ? EPSILON : r[i];
            double ci = c[i] == 0 ? EPSILON : c[i];
            psi += (ci - ri) * Math.log(ci / ri);
        }
        return psi;
    }
}
