package io.mlgate.engine.buildrisk.model;

import java.util.List;

/** The mean of several scorers' scores (models fitted with different seeds). */
final class AverageScorer implements Scorer {
    static final String KIND = "average";
    private final List<Scorer> members;

    AverageScorer(List<Scorer> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("an average of no scorers");
        }
        this.members = List.copyOf(members);
    }

    @Override
    public double score(double[] x) {
        double sum = 0;
        for (Scorer m : members) {
            sum += m.score(x);
        }
        return sum / members.size();
    }

    List<Scorer> members() {
        return members;
    }

}
