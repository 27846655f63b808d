package io.mlgate.engine.buildrisk.model;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.features.BuildFeatures;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where validation cuts the training builds: equal parts, unless the first one lacks broken or passing builds. */
class FoldsTest {
    /** {@code rows} with every build before {@code until} passing except those at {@code brokenAt}. */
    private static List<BuildFeatures> quietStart(List<BuildFeatures> rows, int until, int... brokenAt) {
        List<BuildFeatures> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            BuildFeatures r = rows.get(i);
            if (i < until) {
                boolean broken = false;
                for (int b : brokenAt) {
                    broken |= b == i;
                }
                r = new BuildFeatures(r.build().withOutcome(broken ? BuildStatus.FAILED : BuildStatus.PASSED,
                        OptionalLong.of(60)), r.raw(), r.change(), r.overlap(), r.previous(), r.author());
            }
            out.add(r);
        }
        return out;
    }

    @Test
    void equalPartsWhenTheFirstHoldsBothOutcomes() {
        List<BuildFeatures> rows = SyntheticRows.rows(203, 5, 0.02);
        Folds f = Folds.of(rows, 4);
        assertThat(f).isEqualTo(new Folds(40, 40));
        assertThat(f.start(1)).isEqualTo(40);
        assertThat(f.start(4)).isEqualTo(160);
    }

    @Test
    void aFirstPartWithOneBrokenBuildGrowsToTheSecondAndTheRestIsCutEvenly() {
        List<BuildFeatures> rows = quietStart(SyntheticRows.rows(200, 5, 0.02), 70, 10, 57);
        assertThat(Folds.of(quietStart(SyntheticRows.rows(200, 5, 0.02), 140, 10, 139), 4).first())
                .as("as far as three quarters").isEqualTo(140);
        Folds f = Folds.of(rows, 4);
        assertThat(f.first()).as("up to and with the second broken build").isEqualTo(58);
        assertThat(f.step()).isEqualTo((200 - 58) / 4);
        assertThat(f.start(4)).isEqualTo(58 + 3 * 35);
        TrainingOutcome t = new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults());
        assertThat(t.fitBuilds()).isEqualTo(58);
        assertThat(t.validationBuilds()).isEqualTo(142);
    }

    @Test
    void threeQuartersWithOneBrokenBuildAreStillTooFew() {
        List<BuildFeatures> rows = quietStart(SyntheticRows.rows(200, 5, 0.02), 150, 10);
        assertThatThrownBy(() -> new ModelTrainer(Progress.SILENT).train(rows, ModelSettings.defaults()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("too few builds to train on: the first 150 training builds hold 1 broken and 149 passing "
                        + "builds; each part needs at least 2 of each (a longer history helps)");
    }
}
