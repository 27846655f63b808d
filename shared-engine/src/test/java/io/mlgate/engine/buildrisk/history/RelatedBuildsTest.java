package io.mlgate.engine.buildrisk.history;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The related builds' memory of commits built: the latest outcome of each of the last 1,000, oldest dropped. */
class RelatedBuildsTest {
    private static Build push(int i, String commit, BuildStatus status) {
        return new Build(Integer.toString(i), commit, "main", status, Optional.empty(), OptionalLong.empty(),
                OptionalInt.empty(), Optional.empty());
    }

    private static String sha(int i) {
        return String.format("%040x", i);
    }

    @Test
    void theLatestBuildOfEachOfTheLastThousandCommitsIsKept() {
        RelatedBuilds r = new RelatedBuilds();
        r.record(push(0, sha(0), BuildStatus.FAILED));
        r.record(push(1, sha(0), BuildStatus.PASSED));
        r.record(push(2, sha(1), BuildStatus.CANCELED));
        assertThat(r.sameCommit(push(3, sha(0), BuildStatus.PASSED))).as("the latest of its two builds")
                .contains(BuildStatus.PASSED);
        assertThat(r.sameCommit(push(3, sha(1), BuildStatus.PASSED))).as("a canceled build counts for nothing")
                .isEmpty();
        for (int i = 1; i < RelatedBuilds.COMMITS; i++) {
            r.record(push(10 + i, sha(i), BuildStatus.FAILED));
        }
        assertThat(r.commits()).hasSize(RelatedBuilds.COMMITS);
        r.record(push(5000, sha(0), BuildStatus.FAILED)); // built again: now the newest, so commit 1 is the oldest
        r.record(push(5001, sha(RelatedBuilds.COMMITS), BuildStatus.PASSED));
        assertThat(r.commits()).hasSize(RelatedBuilds.COMMITS);
        assertThat(r.sameCommit(push(6000, sha(1), BuildStatus.PASSED))).as("the oldest, dropped").isEmpty();
        assertThat(r.sameCommit(push(6000, sha(0), BuildStatus.PASSED))).contains(BuildStatus.FAILED);
        assertThat(r.sameCommit(push(6000, sha(2), BuildStatus.PASSED))).contains(BuildStatus.FAILED);
        RelatedBuilds copy = r.copy();
        copy.record(push(7000, sha(2), BuildStatus.PASSED));
        assertThat(r.sameCommit(push(8000, sha(2), BuildStatus.PASSED))).as("a copy goes on alone")
                .contains(BuildStatus.FAILED);
    }
}
