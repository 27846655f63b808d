package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.SyntheticProject;
import io.mlgate.engine.buildrisk.history.HistoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes read on several threads give exactly the features that one thread gives. */
class ParallelChangesTest {
    @TempDir
    Path dir;

    @Test
    void threadsDoNotChangeTheFeatures() {
        SyntheticProject p = SyntheticProject.create(dir, 150);
        try (GitRepo git = GitRepo.open(p.repo)) {
            List<BuildFeatures> one = new FeatureExtractor(git, Progress.SILENT, 1).extract(HistoryReader.read(p.history)).features();
            List<BuildFeatures> four = new FeatureExtractor(git, Progress.SILENT, 4).extract(HistoryReader.read(p.history)).features();
            assertThat(four).hasSize(150);
            for (int i = 0; i < one.size(); i++) {
                assertThat(four.get(i).raw()).as("build " + i).containsExactly(one.get(i).raw());
                assertThat(four.get(i).change().paths()).isEqualTo(one.get(i).change().paths());
            }
        }
    }
}
