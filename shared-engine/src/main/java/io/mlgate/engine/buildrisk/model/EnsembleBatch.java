package io.mlgate.engine.buildrisk.model;

import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.ensemble.WeightedEnsembleModel;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores a seed ensemble ({@link ModelTrainer#fit}: members with equal weights, their probabilities averaged by
 * Tribuo's {@code FullyWeightedVotingCombiner}) member by member, each member over all rows at once. Tribuo's ensemble
 * predicts row by row, and each row asks every XGBoost member for one prediction through a matrix of its own: 23,000
 * training builds took minutes that a batch per member takes in a fraction of a second. The members' scores are
 * combined with the combiner's own arithmetic (each label's score times the member's weight, {@code 1f / members},
 * summed in member order, over the sum across labels), and the result is used only where it equals Tribuo's own
 * score exactly on the first and last rows; otherwise (another combiner, other weights) the caller scores row by
 * row.
 */
final class EnsembleBatch {
    /** Fewer rows than this are scored row by row: the check of the first and last rows would cost as much. */
    static final int MIN_ROWS = 3;

    private EnsembleBatch() {
    }

    static Optional<double[]> scores(WeightedEnsembleModel<Label> ensemble, List<Example<Label>> examples) {
        List<Model<Label>> members = ensemble.getModels();
        if (examples.size() < MIN_ROWS || members.isEmpty()) {
            return Optional.empty(); // one build (predict without a plain-Java scorer): as fast row by row, unchecked
        }
        List<List<Prediction<Label>>> byMember = new ArrayList<>(members.size());
        for (Model<Label> m : members) {
            byMember.add(m.predict(examples));
        }
        float weight = 1f / members.size();
        double[] s = new double[examples.size()];
        for (int row = 0; row < s.length; row++) {
            double sum = 0;
            double broken = 0;
            for (List<Prediction<Label>> member : byMember) {
                for (Label l : member.get(row).getOutputScores().values()) {
                    double part = weight * l.getScore();
                    sum += part;
                    if (Examples.BROKEN.equals(l.getLabel())) {
                        broken += part;
                    }
                }
            }
            s[row] = broken / sum;
        }
        int last = s.length - 1;
        boolean same = s[0] == TribuoScorer.brokenScore(ensemble.predict(examples.get(0)))
                && s[last] == TribuoScorer.brokenScore(ensemble.predict(examples.get(last)));
        return same ? Optional.of(s) : Optional.empty();
    }
}
