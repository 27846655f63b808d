package io.mlgate.engine.buildrisk.model;

/**
 * Platt scaling: a calibrated probability {@code 1 / (1 + exp(-(a * logit(s) + b)))} of a raw score {@code s}.
 * {@code a} and {@code b} minimize the log loss on held-out scores against Platt's smoothed targets
 * ({@code (positives + 1) / (positives + 2)} and {@code 1 / (negatives + 2)}), by Newton's method with a
 * backtracking line search (Lin, Lin and Weng, 2007). Scores are clipped to [1e-6, 1 - 1e-6] before the logit.
 * A fit that would invert the scores' order ({@code a < 0}) is not used: the scores then rank worse than chance on
 * the held-out builds, and every build gets the same probability, the smoothed broken share.
 */
public record Platt(double a, double b) {
    public static final Platt IDENTITY = new Platt(1, 0);
    private static final double EPS = 1e-6;

    public double apply(double score) {
        return sigmoid(a * logit(score) + b);
    }

    public static Platt fit(double[] scores, boolean[] positive) {
        int pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        int neg = positive.length - pos;
        if (pos == 0 || neg == 0) {
            return IDENTITY;
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (neg + 2.0);
        double[] x = new double[scores.length];
        double[] t = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            x[i] = logit(scores[i]);
            t[i] = positive[i] ? hi : lo;
        }
        double a = 0;
        double b = Math.log((neg + 1.0) / (pos + 1.0)) * -1;
        double f = loss(x, t, a, b);
        for (int iter = 0; iter < 100; iter++) {
            double ga = 0;
            double gb = 0;
            double haa = 1e-12;
            double hab = 0;
            double hbb = 1e-12;
            for (int i = 0; i < x.length; i++) {
                double p = sigmoid(a * x[i] + b);
                double d = p - t[i];
                double w = p * (1 - p);
                ga += d * x[i];
                gb += d;
                haa += w * x[i] * x[i];
                hab += w * x[i];
                hbb += w;
            }
            if (Math.abs(ga) < 1e-9 && Math.abs(gb) < 1e-9) {
                break;
            }
            double det = haa * hbb - hab * hab;
            double da = -(hbb * ga - hab * gb) / det;
            double db = -(haa * gb - hab * ga) / det;
            double slope = ga * da + gb * db;
            double step = 1;
            while (step >= 1e-10) {
                double na = a + step * da;
                double nb = b + step * db;
                double nf = loss(x, t, na, nb);
                if (nf < f + 1e-4 * step * slope) {
                    a = na;
                    b = nb;
                    f = nf;
                    break;
                }
                step /= 2;
            }
            if (step < 1e-10) {
                break;
            }
        }
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            return IDENTITY;
        }
        if (a < 0) {
            return new Platt(0, logit(hi * pos / (double) positive.length + lo * neg / (double) positive.length));
        }
        return new Platt(a, b);
    }

    /**
     * This slope with an intercept fitted on these held-out scores (the log loss against Platt's smoothed targets,
     * minimized by Newton's method in one variable): the scaling of a group too small to fit a slope of its own.
     */
    public Platt withIntercept(double[] scores, boolean[] positive) {
        int pos = 0;
        for (boolean p : positive) {
            pos += p ? 1 : 0;
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (positive.length - pos + 2.0);
        double[] x = new double[scores.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = logit(scores[i]);
        }
        double intercept = b;
        for (int iter = 0; iter < 100; iter++) {
            double g = 0;
            double h = 1e-12;
            for (int i = 0; i < x.length; i++) {
                double p = sigmoid(a * x[i] + intercept);
                g += p - (positive[i] ? hi : lo);
                h += p * (1 - p);
            }
            // the loss is convex in the intercept; a step of at most 5 keeps a nearly flat start from overshooting
            double step = Math.max(-5, Math.min(5, g / h));
            intercept -= step;
            if (Math.abs(step) < 1e-9) {
                break;
            }
        }
        return Double.isFinite(intercept) ? new Platt(a, intercept) : this;
    }

    /** Cross-entropy of targets {@code t} against {@code sigmoid(a x + b)}, computed without overflow. */
    private static double loss(double[] x, double[] t, double a, double b) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
            double z = a * x[i] + b;
            // -[t log s(z) + (1 - t) log(1 - s(z))] = log(1 + e^z) - t z, stably
            f += (z >= 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - t[i] * z;
        }
        return f;
    }

    static double logit(double s) {
        double c = Math.min(1 - EPS, Math.max(EPS, s));
        return Math.log(c / (1 - c));
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
