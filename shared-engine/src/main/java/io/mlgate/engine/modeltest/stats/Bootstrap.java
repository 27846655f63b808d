package io.mlgate.engine.modeltest.stats;

import io.mlgate.engine.api.Progress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The seeded Poisson bootstrap over any weighted statistics on the same rows. Every group sees the same weights in a
 * resample, so metrics of two models on the same data are paired, and differences between them have honest
 * intervals. Resample r always draws its weights from {@link PoissonWeights#resampleSeed}(seed, r): the result does
 * not depend on how many threads run it.
 *
 * @param resamples  number of resamples (0: no intervals)
 * @param confidence two-sided confidence of the intervals, e.g. 0.95
 * @param seed       the seed
 */
public record Bootstrap(int resamples, double confidence, long seed) {
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final double DEFAULT_CONFIDENCE = 0.95;
    public static final long DEFAULT_SEED = 20240601L;
    /** Rows times resamples from which a run reports its progress. */
    public static final long PROGRESS_WORK = 2_000_000_000L;

    public Bootstrap {
        if (resamples < 0) {
            throw new IllegalArgumentException("resamples must be >= 0");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1)");
        }
    }

    public static Bootstrap defaults() {
        return new Bootstrap(DEFAULT_RESAMPLES, DEFAULT_CONFIDENCE, DEFAULT_SEED);
    }

    /**
     * Runs {@code groups} over {@code n} rows under every resample's weights.
     *
     * @return {@code samples[m][r]}: number m (the groups' outputs concatenated in order) in resample r
     */
    public double[][] run(int n, List<? extends WeightedStatistic> groups) {
        return run(n, groups, Progress.SILENT);
    }

    /**
     * {@link #run(int, List)}, saying how far it got on {@code progress} at each quarter when the work is large
     * (at least {@value #PROGRESS_WORK} row-resamples: about 10 s or more on one core).
     */
    public double[][] run(int n, List<? extends WeightedStatistic> groups, Progress progress) {
        return run(n, groups, progress, PROGRESS_WORK);
    }

    double[][] run(int n, List<? extends WeightedStatistic> groups, Progress progress, long progressWork) {
        int width = groups.stream().mapToInt(WeightedStatistic::width).sum();
        double[][] samples = new double[width][resamples];
        if (resamples == 0 || n == 0) {
            return samples;
        }
        int tasks = Math.min(resamples, Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<int[]> ranges = new ArrayList<>();
        for (int t = 0; t < tasks; t++) {
            ranges.add(new int[]{(int) ((long) resamples * t / tasks), (int) ((long) resamples * (t + 1) / tasks)});
        }
        boolean report = (long) n * resamples >= progressWork;
        AtomicInteger done = new AtomicInteger();
        IntStream.range(0, tasks).parallel().forEach(t -> {
            byte[] w = new byte[n];
            double[] out = new double[width];
            for (int r = ranges.get(t)[0]; r < ranges.get(t)[1]; r++) {
                PoissonWeights.fill(w, PoissonWeights.resampleSeed(seed, r));
                int at = 0;
                for (WeightedStatistic g : groups) {
                    g.compute(w, out, at);
                    at += g.width();
                }
                for (int m = 0; m < width; m++) {
                    samples[m][r] = out[m];
                }
                int finished = done.incrementAndGet();
                if (report && finished < resamples && finished % Math.max(1, resamples / 4) == 0) {
                    progress.step("bootstrap: " + finished + " of " + resamples + " resamples");
                }
            }
        });
        return samples;
    }

    /** The two-sided percentile interval {@code [lower, upper]} of one metric's resamples. */
    public double[] interval(double[] sample) {
        double a = (1 - confidence) / 2;
        double[] v = java.util.Arrays.stream(sample).filter(Double::isFinite).sorted().toArray();
        return new double[]{Quantiles.sorted(v, a), Quantiles.sorted(v, 1 - a)};
    }
}
