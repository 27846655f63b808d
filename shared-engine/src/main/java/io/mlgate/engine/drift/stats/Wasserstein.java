package io.mlgate.engine.drift.stats;

/**
 * Wasserstein-1 (earth mover's) distance between two samples of a numeric column, normalised by the reference's
 * standard deviation:
 *
 * <pre>W1 = ∫ |F_r(x) − F_c(x)| dx,   distance = W1 / σ_r</pre>
 *
 * where σ_r is the reference's population standard deviation (ddof = 0, as Evidently's {@code wasserstein} test).
 * A distance of 0.1 means the mass moved, on average, a tenth of a standard deviation. When σ_r is 0 (a constant
 * reference) the distance is 0 if W1 is 0 and infinite otherwise.
 *
 * <p>On a grid the integral is split in three. Below e_0: ∫ F dx = E[(e_0 − X)⁺], known per side from the tail
 * sums, contributing |E_r − E_c| (exact when one side has no mass there, as the reference when e_0 is its
 * minimum). Between the edges: both distribution functions are taken as linear inside each bin and |F_r − F_c| is
 * integrated exactly (a trapezoid, or two triangles where the difference changes sign); in a bin whose values are one
 * point a on both sides the functions are steps at a, and the bin contributes (a − e_k)·|d_k| + (e_{k+1} − a)·|d_{k+1}|
 * exactly. Above e_n: as below, with E[(X − e_n)⁺]. With unit bins centred on integers the result equals SciPy's
 * {@code wasserstein_distance}.
 */
public final class Wasserstein {
    private Wasserstein() {
    }

    /** W1, not normalised. */
    public static double distance(GridPair g) {
        double nr = g.referenceTotal();
        double nc = g.currentTotal();
        double[] r = GridPair.cumulative(g.reference());
        double[] c = GridPair.cumulative(g.current());
        double w = Math.abs(g.referenceBelow() / nr - g.currentBelow() / nc)
                + Math.abs(g.referenceAbove() / nr - g.currentAbove() / nc);
        double[] e = g.edges();
        for (int k = 0; k + 1 < e.length; k++) {
            // boundary k + 1 of the cells is edge k (cell 0 is the lower tail)
            double a = r[k + 1] - c[k + 1];
            double b = r[k + 2] - c[k + 2];
            double width = e[k + 1] - e[k];
            double point = g.points()[k];
            if (!Double.isNaN(point)) {
                w += (point - e[k]) * Math.abs(a) + (e[k + 1] - point) * Math.abs(b);
            } else if (a * b >= 0) {
                w += width * (Math.abs(a) + Math.abs(b)) / 2;
            } else {
                w += width * (a * a + b * b) / (2 * (Math.abs(a) + Math.abs(b)));
            }
        }
        return w;
    }

    /** W1 divided by the reference's standard deviation (see the class comment for σ = 0). */
    public static double normalized(GridPair g, double referenceStd) {
        double w = distance(g);
        if (referenceStd > 0) {
            return w / referenceStd;
        }
        return w == 0 ? 0 : Double.POSITIVE_INFINITY;
    }
}
