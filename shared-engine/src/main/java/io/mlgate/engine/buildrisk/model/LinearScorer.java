package io.mlgate.engine.buildrisk.model;

/**
 * A logistic model in plain Java: {@code sigmoid(intercept + weights . x)}. Standardization is folded into the
 * weights, so this is the whole fitted logistic regression.
 */
final class LinearScorer implements Scorer {
    static final String KIND = "linear";
    private final double intercept;
    private final double[] weights;

    LinearScorer(double intercept, double[] weights) {
        this.intercept = intercept;
        this.weights = weights.clone();
    }

    @Override
    public double score(double[] x) {
        double z = intercept;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * The affine log-odds of a scorer that is a logistic model, read by scoring the origin and each unit vector:
     * {@code logit(score(0))} is the intercept and {@code logit(score(e_i)) - intercept} weight i.
     */
    static LinearScorer probe(Scorer logistic, int features) {
        double[] x = new double[features];
        double b = logit(logistic.score(x));
        double[] w = new double[features];
        for (int i = 0; i < features; i++) {
            x[i] = 1;
            w[i] = logit(logistic.score(x)) - b;
            x[i] = 0;
        }
        return new LinearScorer(b, w);
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    double intercept() {
        return intercept;
    }

    double[] weights() {
        return weights.clone();
    }
}
