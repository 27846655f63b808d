package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryReaderTest {
    private static final String SHA = "0b2480060ae7a7f09826637f6a2dd7b468e5e486";
    private static final String HEADER = "id,commit,branch,status,started_at,duration,pull_request,event";
    @TempDir
    Path dir;

    @Test
    void readsCsvWithEveryCiSystemsStatusNames() {
        Path f = Files2.write(dir, "h.csv", HEADER,
                "1," + SHA + ",master,SUCCESS,2019-01-04T13:58:14Z,60,,push",
                "2," + SHA + ",\"release, 1.x\",UNSTABLE,2019-01-04T14:58:14+01:00,,12,pull_request",
                "3," + SHA.toUpperCase() + ",master,errored,,,,",
                "4," + SHA + ",master,cancelled,,,,cron");
        BuildHistory h = HistoryReader.read(f);
        assertThat(h.builds()).extracting(Build::status).containsExactly(BuildStatus.PASSED, BuildStatus.FAILED,
                BuildStatus.ERRORED, BuildStatus.CANCELED);
        Build b = h.builds().get(1);
        assertThat(b.branch()).isEqualTo("release, 1.x");
        assertThat(b.startedAt()).contains(Instant.parse("2019-01-04T13:58:14Z"));
        assertThat(b.pullRequest()).hasValue(12);
        assertThat(b.isPullRequest()).isTrue();
        assertThat(h.builds().get(2).commit()).isEqualTo(SHA);
        assertThat(h.completed()).hasSize(3);
    }

    @Test
    void readsJsonLinesWithNumbersAndNulls() {
        Path f = Files2.write(dir, "h.jsonl",
                "{\"id\": 7, \"commit\": \"" + SHA + "\", \"branch\": \"main\", \"status\": \"failure\", "
                        + "\"started_at\": \"2024-01-01T00:00:00Z\", \"duration\": 12.4, \"pull_request\": null}",
                "",
                "{\"id\": 8, \"commit\": \"" + SHA + "\", \"branch\": \"main\", \"status\": \"success\", \"started_at\": null}");
        BuildHistory h = HistoryReader.read(f);
        assertThat(h.builds()).extracting(Build::id).containsExactly("7", "8");
        assertThat(h.builds().get(0).duration()).hasValue(12);
        assertThat(h.builds().get(1).startedAt()).isEmpty();
    }

    @Test
    void canonicalFileRoundTrips() {
        List<Build> builds = List.of(
                new Build("a,1", SHA, "feature \"x\"", BuildStatus.ERRORED, Optional.of(Instant.parse("2024-01-01T00:00:00Z")),
                        OptionalLong.of(5), OptionalInt.of(3), Optional.of(BuildEvent.PULL_REQUEST)),
                new Build("b", SHA, "main", BuildStatus.CANCELED, Optional.empty(), OptionalLong.empty(), OptionalInt.empty(),
                        Optional.empty()));
        Path f = dir.resolve("history.csv");
        HistoryFile.write(f, new BuildHistory("x", builds));
        assertThat(HistoryReader.read(f).builds()).isEqualTo(builds);
    }

    @Test
    void mergeReplacesKnownBuildsInPlaceAndAppendsNewOnes() {
        Build b1 = build("1", BuildStatus.FAILED);
        Build b2 = build("2", BuildStatus.PASSED);
        BuildHistory h = new BuildHistory("x", List.of(b1, b2)).merge(List.of(build("3", BuildStatus.PASSED),
                build("1", BuildStatus.PASSED)));
        assertThat(h.builds()).extracting(b -> b.id() + ":" + b.status().historyName())
                .containsExactly("1:passed", "2:passed", "3:passed");
    }

    @Test
    void aRecordedRiskIsReadWrittenOnlyWhenSomeBuildHasOneAndKeptByAMergeThatDoesNotKnowIt() throws Exception {
        Path f = Files2.write(dir, "h.csv", HEADER + ",risk", "1," + SHA + ",main,passed,,,,,0.25",
                "2," + SHA + ",main,failed,,,,, ", "3," + SHA + ",main,failed,,,,,1");
        BuildHistory h = HistoryReader.read(f);
        assertThat(h.builds()).extracting(Build::risk).containsExactly(OptionalDouble.of(0.25), OptionalDouble.empty(),
                OptionalDouble.of(1));
        assertThat(HistoryReader.read(Files2.write(dir, "h.jsonl", "{\"id\": 1, \"commit\": \"" + SHA
                + "\", \"branch\": \"main\", \"status\": \"success\", \"started_at\": null, \"risk\": 0.125}"))
                .builds().get(0).risk()).isEqualTo(OptionalDouble.of(0.125));

        Path out = dir.resolve("canonical.csv");
        HistoryFile.write(out, h);
        assertThat(Files.readAllLines(out)).containsExactly(HEADER + ",risk", "1," + SHA + ",main,passed,,,,,0.25",
                "2," + SHA + ",main,failed,,,,,", "3," + SHA + ",main,failed,,,,,1");
        assertThat(HistoryReader.read(out).builds()).isEqualTo(h.builds());
        // a history without risks keeps the eight columns, byte for byte as before
        HistoryFile.write(out, new BuildHistory("x", List.of(build("1", BuildStatus.PASSED))));
        assertThat(Files.readAllLines(out)).containsExactly(HEADER, "1," + SHA + ",main,passed,,,,");

        // an import brings build 1's outcome again, without the risk: the risk stays; a new risk replaces it
        BuildHistory merged = h.merge(List.of(build("1", BuildStatus.FAILED), build("3", BuildStatus.PASSED)
                .withRisk(0.5)));
        assertThat(merged.builds()).extracting(b -> b.status().historyName() + ":" + b.risk())
                .containsExactly("failed:OptionalDouble[0.25]", "failed:OptionalDouble.empty", "passed:OptionalDouble[0.5]");
    }

    @Test
    void aRiskOutsideZeroToOneIsAnErrorNamingTheLine() {
        for (String bad : new String[]{"1.5", "-0.1", "high", "NaN"}) {
            assertThat(error(HEADER + ",risk", "1," + SHA + ",main,passed,,,,,0.5", "2," + SHA + ",main,passed,,,,," + bad))
                    .isEqualTo("bad.csv:3: column 'risk': expected the risk predict gave the build, a probability from "
                            + "0 to 1, or nothing; got '" + bad + "'");
        }
    }

    private static Build build(String id, BuildStatus s) {
        return new Build(id, SHA, "main", s, Optional.empty(), OptionalLong.empty(), OptionalInt.empty(), Optional.empty());
    }

    private String error(String... lines) {
        Path f = Files2.write(dir, "bad.csv", lines);
        return assertThatThrownBy(() -> HistoryReader.read(f)).isInstanceOf(BadInputException.class)
                .actual().getMessage().replace(f.toString(), "bad.csv");
    }

    @Test
    void errorsNameTheFileLineAndColumn() {
        assertThat(error(HEADER, "1," + SHA + ",main,passed,,,,", "2," + SHA + ",main,passd,,,,"))
                .isEqualTo("bad.csv:3: column 'status': unknown status 'passd'; expected one of " + StatusNames.allowed());
        assertThat(error("id,commit,branch,status", "1," + SHA + ",main,passed"))
                .isEqualTo("bad.csv:1: missing column 'started_at'; required columns are: id, commit, branch, status, started_at");
        assertThat(error("id,commit,branch,status,started_at,job", "1," + SHA + ",main,passed,,x"))
                .startsWith("bad.csv:1: unknown column 'job'; history columns are: id, commit");
        assertThat(error(HEADER, "1," + SHA + ",main,passed,yesterday,,,"))
                .isEqualTo("bad.csv:2: column 'started_at': 'yesterday' is not an ISO-8601 time such as 2019-01-04T13:58:14Z");
        assertThat(error(HEADER, "1,xyz,main,passed,,,,"))
                .isEqualTo("bad.csv:2: commit must be a git sha of 7 to 64 hex digits, got 'xyz'");
        assertThat(error(HEADER, "1," + SHA + ",main,passed,,,,", "1," + SHA + ",main,failed,,,,"))
                .isEqualTo("bad.csv:3: column 'id': build id '1' repeats line 2");
        assertThat(error(HEADER, "1," + SHA + ",main,passed,,,"))
                .startsWith("bad.csv:2: found 7 fields, expected 8");
        assertThat(error(HEADER)).isEqualTo("bad.csv: no builds in the file");
        assertThat(error(HEADER, "1," + SHA + ",main,passed,,,,merge"))
                .isEqualTo("bad.csv:2: column 'event': unknown event 'merge'; expected one of " + BuildEvent.allowed());
        assertThat(HistoryReader.read(Files2.write(dir, "gh.csv", HEADER, "1," + SHA + ",main,success,,,,workflow_dispatch"))
                .builds().get(0).event()).contains(BuildEvent.API);
    }

    @Test
    void missingFile() {
        assertThatThrownBy(() -> HistoryReader.read(dir.resolve("none.csv"))).isInstanceOf(BadInputException.class)
                .hasMessage(dir.resolve("none.csv") + ": file not found");
    }
}
