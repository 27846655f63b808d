package io.mlgate.engine.buildrisk;

import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.HistoryFile;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A project whose answer is known: one push build per commit on master; every fourth commit bumps the version in
 * pom.xml and its build fails, every other commit edits a source file and passes. Failures never follow each other,
 * so the previous-outcome baseline finds none of them (precision and recall 0), while "touches build configuration"
 * tells every one.
 */
public final class SyntheticProject {
    public final Path repo;
    public final Path history;
    public final List<Build> builds = new ArrayList<>();
    public final String head;

    private SyntheticProject(Path repo, Path history, String head) {
        this.repo = repo;
        this.history = history;
        this.head = head;
    }

    public static SyntheticProject create(Path dir, int commits) {
        Path repo = dir.resolve("repo");
        List<Build> builds = new ArrayList<>();
        String sha = null;
        try (GitFixture g = GitFixture.init(repo)) {
            Instant t = GitFixture.T0;
            for (int i = 0; i < commits; i++) {
                t = t.plus(Duration.ofMinutes(50 + (i * 37) % 90));
                String author = i % 3 == 0 ? "ann" : "ben";
                boolean pom = i % 4 == 3;
                sha = pom ? g.commit(author, t, GitFixture.files("pom.xml", "<project>\n<version>" + i + "</version>\n</project>\n"))
                        : g.commit(author, t, GitFixture.files("src/main/java/App" + (i % 5) + ".java", GitFixture.lines(0, 5 + i)));
                builds.add(GitFixture.build(Integer.toString(1000 + i), sha, "master",
                        pom ? BuildStatus.FAILED : BuildStatus.PASSED, t.plus(Duration.ofMinutes(2))));
            }
        }
        Path history = dir.resolve("history.csv");
        HistoryFile.write(history, new BuildHistory(history.toString(), builds));
        SyntheticProject p = new SyntheticProject(repo, history, sha);
        p.builds.addAll(builds);
        return p;
    }
}
