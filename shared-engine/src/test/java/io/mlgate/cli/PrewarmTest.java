package io.mlgate.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which command lines get JGit set up on a second thread while picocli parses them. */
class PrewarmTest {
    @Test
    void theBuildRiskCommandsThatOpenARepository() {
        for (String command : new String[]{"features", "train", "evaluate", "predict", "record"}) {
            assertThat(Prewarm.start("buildrisk", command, "--repo", ".")).as(command).isTrue();
        }
    }

    @Test
    void nothingForOtherCommandsOrHelp() {
        assertThat(Prewarm.start("buildrisk", "import", "--from", "x.csv")).isFalse();
        assertThat(Prewarm.start("buildrisk")).isFalse();
        assertThat(Prewarm.start("buildrisk", "--help")).isFalse();
        assertThat(Prewarm.start("buildrisk", "predict", "--help")).isFalse();
        assertThat(Prewarm.start("buildrisk", "train", "--repo", ".", "-h")).isFalse();
        assertThat(Prewarm.start("data", "validate", "--data", "x.csv")).isFalse();
        assertThat(Prewarm.start("--version")).isFalse();
        assertThat(Prewarm.start()).isFalse();
    }
}
