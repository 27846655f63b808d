package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.buildrisk.features.ReplayState;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.HistoryTail;
import io.mlgate.engine.buildrisk.history.RelatedOutcomes;
import io.mlgate.engine.buildrisk.model.ModelAge;
import io.mlgate.engine.buildrisk.model.ModelFiles;
import io.mlgate.engine.buildrisk.model.RecordedRisks;

import java.util.List;
import java.util.Optional;

/**
 * What the builds recorded since a model's last training build say about it, for {@code predict}: whether they break
 * at another rate ({@link ModelAge}) and how the risks recorded with them did ({@link RecordedRisks}). From the rows
 * read after the model's saved state, which ends at its last training build, with the state's previous-outcome
 * counts standing for the builds before; else from the whole history.
 *
 * @param age      empty when the history does not hold the last training build
 * @param recorded empty when it does not or no build since carries a recorded risk
 */
record SinceTraining(Optional<ModelAge> age, Optional<RecordedRisks> recorded) {

    /** From the rows {@code read} (after the loaded model's state, or all of them). */
    static SinceTraining of(HistoryTail read, ModelFiles.Loaded loaded) {
        String lastTrained = ModelFiles.lastTrainingBuild(loaded.card());
        var rule = loaded.model().decision();
        double threshold = loaded.model().threshold();
        if (read.skipped() > 0) {
            Optional<ReplayState> state = loaded.replay();
            Optional<RelatedOutcomes> upTo = state.filter(s -> s.builds() == read.skipped()
                    && s.lastBuild().equals(lastTrained)).flatMap(ReplayState::relatedOutcomes);
            if (upTo.isPresent()) {
                List<Build> since = read.builds().builds();
                return new SinceTraining(Optional.of(ModelAge.after(upTo.get().previous(), since)),
                        RecordedRisks.after(upTo.get(), since, rule, threshold));
            }
        }
        List<Build> all = read.whole().builds().builds();
        return new SinceTraining(ModelAge.of(all, lastTrained), RecordedRisks.of(all, lastTrained, rule, threshold));
    }
}
