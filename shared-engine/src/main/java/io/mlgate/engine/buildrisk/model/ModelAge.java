package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.PreviousOutcomes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the builds recorded since a model was trained still break about as often as the builds it learnt from. A
 * model's risks carry its training history's failure rate (calibrated on it), so when a project's builds start to
 * break much more or much less often, its risks are off until it is retrained. Compares the completed builds after
 * the model's last training build with the completed builds up to it (both from the history file), by an exact
 * two-sided binomial test; the model is called out of date when at least {@value #MIN_BUILDS} builds came since and
 * the test's p-value is below {@value #P_VALUE}.
 *
 * @param since         completed builds after the last training build
 * @param brokenSince   broken ones among them
 * @param before        completed builds up to and including the last training build
 * @param brokenBefore  broken ones among them
 * @param pValue        the exact two-sided binomial p-value of {@code brokenSince} of {@code since} at the earlier
 *                      share; 1 with fewer than {@value #MIN_BUILDS} builds since
 */
public record ModelAge(int since, int brokenSince, int before, int brokenBefore, double pValue) {
    public static final int MIN_BUILDS = 20;
    public static final double P_VALUE = 0.01;

    /** Empty when the history does not hold the model's last training build (another or a rewritten history). */
    public static Optional<ModelAge> of(List<Build> history, String lastTrainingBuild) {
        int last = indexOf(history, lastTrainingBuild);
        if (last < 0) {
            return Optional.empty();
        }
        return Optional.of(after(PreviousOutcomes.after(history.subList(0, last + 1)),
                history.subList(last + 1, history.size())));
    }

    /** The builds {@code since} the last training build, after a walk over the builds up to it ({@code upTo}). */
    public static ModelAge after(PreviousOutcomes upTo, List<Build> since) {
        PreviousOutcomes after = PreviousOutcomes.after(since);
        double p = after.completed() < MIN_BUILDS || upTo.completed() == 0 ? 1
                : twoSidedP(after.brokenCount(), after.completed(), (double) upTo.brokenCount() / upTo.completed());
        return new ModelAge(after.completed(), after.brokenCount(), upTo.completed(), upTo.brokenCount(), p);
    }

    /** Where the build {@code id} is in {@code history} (the model's last training build), -1 when not there. */
    public static int indexOf(List<Build> history, String id) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the builds since training break at a clearly different rate. */
    public boolean outOfDate() {
        return since >= MIN_BUILDS && pValue < P_VALUE;
    }

    /** "the 64 builds after the last one it was trained on broke 3% of the time, against 15% of the 700 up to it". */
    public String words() {
        return String.format(Locale.ROOT, "the %d builds after the last one it was trained on broke %s of the time, "
                        + "against %s of the %d up to it (binomial test: p %s)", since, percent(brokenSince, since),
                percent(brokenBefore, before), before, pValue < 0.001 ? "below 0.001" : String.format(Locale.ROOT, "= %.3f", pValue));
    }

    private static String percent(int k, int n) {
        return Math.round(100.0 * k / n) + "%";
    }

    /**
     * Exact two-sided binomial p-value of {@code k} successes in {@code n} at probability {@code p}: the total
     * probability of the outcomes no more likely than {@code k} (the method of R's binom.test), summed in log space.
     */
    static double twoSidedP(int k, int n, double p) {
        if (p <= 0) {
            return k == 0 ? 1 : 0;
        }
        if (p >= 1) {
            return k == n ? 1 : 0;
        }
        double[] log = new double[n + 1];
        log[0] = n * Math.log1p(-p);
        double odds = Math.log(p) - Math.log1p(-p);
        for (int i = 0; i < n; i++) {
            log[i + 1] = log[i] + Math.log((double) (n - i) / (i + 1)) + odds;
        }
        double limit = log[k] + 1e-7; // outcomes as likely as k, up to rounding, count too
        double sum = 0;
        for (double l : log) {
            if (l <= limit) {
                sum += Math.exp(l);
            }
        }
        return Math.min(1, sum);
    }
}
