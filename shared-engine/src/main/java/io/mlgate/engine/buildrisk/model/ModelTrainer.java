package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.features.Feature;
import org.tribuo.Model;
import org.tribuo.classification.Label;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Trains the risk model on builds in history order, validated out of time with expanding windows: the builds are
 * cut into {@code folds + 1} consecutive parts, and for each part after the first every family is fitted on all the
 * parts before it and scores that part. Each family's pooled out-of-time scores are calibrated ({@link Calibration}:
 * one Platt scaling for the builds the previous outcome, or the related-outcome rule, calls broken, one for the rest;
 * of the two groupings, the one whose probabilities rank these builds better), and the family whose calibrated
 * probabilities have the highest ROC AUC wins; the decision threshold is the calibrated probability that maximizes
 * F1 on them. The winner is then refitted on all the builds and keeps that calibration and threshold. Its alarms
 * are also replayed in time order ({@link #alarmsInTimeOrder}; the threshold chosen on all validation builds has seen
 * their outcomes, so its F1 there flatters) and reported beside the related-outcome rule's calls and the
 * previous-outcome baseline's on the same builds. By default the model calls by the rule ({@link Calls}): on held-out
 * projects its alarms lost to the rule's even where they had beaten them on the training builds.
 */
public final class ModelTrainer {
    /** Fewest broken and fewest passing builds the first part and the validated parts each need. */
    static final int MIN_PER_CLASS = 2;
    private final Progress progress;
    private final Progress fitSteps;

    public ModelTrainer(Progress progress) {
        this(progress, true);
    }

    /**
     * {@code fitSteps}: a progress line for every fit (each validation part of each family, the final fit); a rolling
     * evaluation, which trains many models, says only which model it is at and each one's validation figures.
     */
    public ModelTrainer(Progress progress, boolean fitSteps) {
        this.progress = progress;
        this.fitSteps = fitSteps ? progress : Progress.SILENT;
    }

    public TrainingOutcome train(List<BuildFeatures> rows, ModelSettings s) {
        Folds folds = Folds.of(rows, s.folds());
        int part = folds.first();
        List<BuildFeatures> validated = rows.subList(part, rows.size());
        requireBoth("the last " + validated.size() + " training builds (validation)", validated);
        boolean[] valBroken = labels(validated);
        Map<Feature, boolean[]> valGroups = new EnumMap<>(Feature.class);
        for (Feature by : Calibration.GROUPINGS) {
            valGroups.put(by, RiskModel.flags(validated, by));
        }
        Map<Family, Metrics> validation = new EnumMap<>(Family.class);
        Family best = null;
        double bestAuc = Double.NEGATIVE_INFINITY;
        Calibration calibration = null;
        double threshold = 0.5;
        double[] bestScores = null;
        for (Family f : s.families()) {
            double[] sc = outOfTime(f, s, rows, folds, fitSteps);
            Calibration cf = Calibration.choose(sc, valBroken, valGroups);
            double[] p = cf.apply(sc, valGroups.get(cf.by()));
            double tf = bestF1Threshold(p, valBroken);
            Metrics m = Metrics.of(p, valBroken, tf);
            validation.put(f, m);
            progress.step("train: " + f.id() + " out-of-time ROC AUC " + String.format(java.util.Locale.ROOT, "%.3f",
                    m.auc()) + ", calibrated by " + cf.groupsInWords());
            if (best == null || m.auc() > bestAuc) {
                best = f;
                bestAuc = m.auc();
                calibration = cf;
                threshold = tf;
                bestScores = sc;
            }
        }
        // the alarms as they would have been raised: each validation part judged with the calibration and threshold
        // set on the validation parts before it; the baseline on the same builds
        int from = s.folds() > 1 ? folds.step() : 0;
        Metrics inTime = Metrics.of(alarmsInTimeOrder(bestScores, valBroken, valGroups.get(calibration.by()),
                calibration.by(), from), labels(
                validated.subList(from, validated.size())), 0.5).withAuc(Double.NaN);
        Metrics baseline = Baseline.metrics(validated.subList(from, validated.size()));
        Metrics rule = Baseline.relatedMetrics(validated.subList(from, validated.size()));
        DecisionRule decision = s.calls().choose(inTime, rule);
        fitSteps.step("train: fitting " + best.id() + " on all " + rows.size() + " builds" + seeds(best, s));
        Model<Label> finalModel = fit(best, s, rows);
        RiskModel model = new RiskModel(finalModel, best, calibration, threshold, decision, medians(rows));
        return new TrainingOutcome(model, best, validation, inTime, baseline, rule, part, validated.size());
    }

    /**
     * 1 where the chosen family would have alarmed, 0 where not, for the validation builds from {@code from} on: the
     * builds are taken in parts of {@code from} (the last part runs to the end), and each part is judged with the
     * calibration (grouped {@code by} as the chosen one, {@code groups} each build's flag) and the F1-best
     * threshold fitted on the validation builds before it, as a team retraining per
     * part would have; no build's alarm depends on its own outcome. With {@code from} 0 (a single validation part)
     * the calibration and threshold of all of them, which saw the outcomes they judge.
     */
    static double[] alarmsInTimeOrder(double[] scores, boolean[] broken, boolean[] groups, Feature by, int from) {
        double[] out = new double[scores.length - from];
        for (int start = from, end; start < scores.length; start = end) {
            end = from == 0 || start + 2 * from > scores.length ? scores.length : start + from;
            int seen = from == 0 ? scores.length : start; // the builds whose outcomes set the part's cut
            double[] before = Arrays.copyOf(scores, seen);
            boolean[] brokenBefore = Arrays.copyOf(broken, seen);
            boolean[] groupsBefore = Arrays.copyOf(groups, seen);
            Calibration c = Calibration.fit(before, brokenBefore, groupsBefore, by);
            double t = bestF1Threshold(c.apply(before, groupsBefore), brokenBefore);
            for (int i = start; i < end; i++) {
                out[i - from] = c.apply(scores[i], groups[i]) >= t ? 1 : 0;
            }
        }
        return out;
    }

    /** Scores of every build after the first part, each from a model fitted only on the builds before its part. */
    private static double[] outOfTime(Family f, ModelSettings s, List<BuildFeatures> rows, Folds folds,
                                      Progress progress) {
        int part = folds.first();
        double[] out = new double[rows.size() - part];
        for (int j = 1; j <= s.folds(); j++) {
            int from = folds.start(j);
            int to = j == s.folds() ? rows.size() : folds.start(j + 1);
            progress.step("train: " + f.id() + ", validation part " + j + " of " + s.folds() + ": fitting on the "
                    + from + " builds before it" + seeds(f, s) + ", scoring the next " + (to - from));
            List<BuildFeatures> fit = rows.subList(0, from);
            Model<Label> m = fit(f, s, fit);
            double[] sc = RiskModel.scores(m, rows.subList(from, to));
            System.arraycopy(sc, 0, out, from - part, sc.length);
        }
        return out;
    }

    /**
     * The family fitted on {@code rows}: one model, or with {@link ModelSettings#members()} {@code > 1} that many
     * fitted with seeds {@code seed, seed + 1, ...} and their probabilities averaged (a Tribuo weighted ensemble with
     * equal weights).
     */
    static Model<Label> fit(Family f, ModelSettings s, List<BuildFeatures> rows) {
        var data = Examples.dataset("fit", rows, s.halfLife());
        if (s.members() == 1 && f != Family.BOTH) {
            return Trainers.train(() -> Trainers.of(f, s, rows), data);
        }
        // BOTH: each single family's members, all in one ensemble with equal weights, so that its probability is the
        // mean of the two families' means (and scores in batches as any seed ensemble)
        List<Model<Label>> members = new java.util.ArrayList<>();
        for (Family single : f == Family.BOTH ? Family.SINGLE : List.of(f)) {
            for (int k = 0; k < s.members(); k++) {
                ModelSettings seeded = s.withSeed(s.seed() + k);
                members.add(Trainers.train(() -> Trainers.of(single, seeded, rows), data));
            }
        }
        return org.tribuo.ensemble.WeightedEnsembleModel.createEnsembleFromExistingModels(
                f == Family.BOTH ? "families" : "seeds", members,
                new org.tribuo.classification.ensemble.FullyWeightedVotingCombiner());
    }

    /** " (5 seeds)", " (5 seeds of each family)", or nothing for one model of one family. */
    private static String seeds(Family f, ModelSettings s) {
        if (f == Family.BOTH) {
            return s.members() > 1 ? " (" + s.members() + " seeds of each family)" : " (one of each family)";
        }
        return s.members() > 1 ? " (" + s.members() + " seeds)" : "";
    }

    static void requireBoth(String what, List<BuildFeatures> rows) {
        long broken = rows.stream().filter(BuildFeatures::broken).count();
        long ok = rows.size() - broken;
        if (broken < MIN_PER_CLASS || ok < MIN_PER_CLASS) {
            throw new BadInputException("too few builds to train on: " + what + " hold " + broken + " broken and " + ok
                    + " passing builds; each part needs at least " + MIN_PER_CLASS + " of each (a longer history helps)");
        }
    }

    static boolean[] labels(List<BuildFeatures> rows) {
        boolean[] b = new boolean[rows.size()];
        for (int i = 0; i < b.length; i++) {
            b[i] = rows.get(i).broken();
        }
        return b;
    }

    /**
     * The threshold that gives the highest F1 on these builds: every threshold between two neighbouring probabilities
     * predicts the same, so it is put midway between them (below the lowest, the lowest itself); of thresholds with
     * equal F1, the highest (fewest alarms).
     */
    static double bestF1Threshold(double[] p, boolean[] broken) {
        double[] candidates = Arrays.stream(p).distinct().sorted().toArray();
        // the calls at a candidate are the builds at or above it: counted by binary search in the sorted scores of all
        // builds and of the broken ones, not by a pass over every build per candidate (23,000 builds took minutes)
        // (a NaN score is never at or above anything, and a NaN candidate calls nothing, as the comparison says)
        double[] all = Arrays.stream(p).filter(v -> !Double.isNaN(v)).sorted().toArray();
        double[] ofBroken = IntStream.range(0, p.length).filter(i -> broken[i] && !Double.isNaN(p[i]))
                .mapToDouble(i -> p[i]).sorted().toArray();
        long brokenBuilds = IntStream.range(0, p.length).filter(i -> broken[i]).count();
        double best = 0.5;
        double bestF1 = -1;
        for (int k = 0; k < candidates.length; k++) {
            boolean none = Double.isNaN(candidates[k]);
            int alarms = none ? 0 : all.length - atOrAbove(all, candidates[k]);
            int tp = none ? 0 : ofBroken.length - atOrAbove(ofBroken, candidates[k]);
            int fn = (int) brokenBuilds - tp;
            double f1 = new Metrics(tp, alarms - tp, fn, 0, Double.NaN).f1();
            if (f1 >= bestF1) {
                bestF1 = f1;
                best = k == 0 ? candidates[0] : (candidates[k - 1] + candidates[k]) / 2;
            }
        }
        return best;
    }

    /** The index of the first value at or above {@code v} in ascending {@code sorted} (its length when none is). */
    private static int atOrAbove(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static double[] medians(List<BuildFeatures> rows) {
        double[] m = new double[Feature.values().length];
        for (Feature f : Feature.values()) {
            double[] v = rows.stream().mapToDouble(r -> r.raw(f)).sorted().toArray();
            m[f.ordinal()] = v.length == 0 ? 0 : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
        }
        return m;
    }
}
