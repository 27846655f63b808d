package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.CsvRecords;
import io.mlgate.engine.buildrisk.model.Baseline;
import io.mlgate.engine.buildrisk.model.Evaluation;
import io.mlgate.engine.buildrisk.model.TestScores;
import io.mlgate.engine.io.AtomicFiles;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code evaluate --scores FILE}: one row per test build, in history order, with what the model and the baseline said
 * of it, for a team's own analysis: {@code id, commit, branch, status, broken, risk, model_call, baseline_call,
 * previous_outcome_rate, model, duration, related_call} ({@code model}: the 1-based model that scored it in a rolling
 * evaluation, 1 otherwise; {@code duration} in seconds, empty where unknown; {@code related_call}: the related-outcome
 * rule's call, 1 broken, whatever the model's decision rule). Written atomically.
 */
final class ScoresCsv {
    static final String HEADER = "id,commit,branch,status,broken,risk,model_call,baseline_call,previous_outcome_rate,"
            + "model,duration,related_call\n";

    private ScoresCsv() {
    }

    /** {@code test}: the test builds' features, in the order the evaluation scored them. */
    static void write(Path file, Evaluation ev, List<BuildFeatures> test) {
        TestScores s = ev.scores();
        if (test.size() != s.size()) {
            throw new IllegalArgumentException(test.size() + " test builds for " + s.size() + " scores");
        }
        double[] baseline = Baseline.predictions(test);
        StringBuilder csv = new StringBuilder(HEADER.length() + test.size() * 120).append(HEADER);
        for (int i = 0; i < test.size(); i++) {
            Build b = test.get(i).build();
            csv.append(CsvRecords.quote(b.id())).append(',').append(b.commit()).append(',')
                    .append(CsvRecords.quote(b.branch())).append(',').append(b.status().historyName())
                    .append(',').append(s.broken()[i] ? 1 : 0).append(',').append(s.risk()[i]).append(',')
                    .append(s.called()[i] ? 1 : 0).append(',').append((int) baseline[i]).append(',')
                    .append(s.baselineRate()[i]).append(',').append(i / ev.block() + 1).append(',');
            if (b.duration().isPresent()) {
                csv.append(b.duration().getAsLong());
            }
            csv.append(',').append(test.get(i).related().broken() ? 1 : 0).append('\n');
        }
        AtomicFiles.writeString(file, csv.toString());
    }
}
