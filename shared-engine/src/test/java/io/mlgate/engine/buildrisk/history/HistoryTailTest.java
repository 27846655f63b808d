package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.io.Fingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading only the rows after a marked beginning of a history file: the rows read are those of the whole file after
 * it, with the file's fingerprint; the mark survives the risk column {@code record} adds; a file that no longer
 * begins with the marked bytes, or cannot be marked, is read whole; errors name the file's own lines.
 */
class HistoryTailTest {
    private static final String SHA = "0b2480060ae7a7f09826637f6a2dd7b468e5e486";
    @TempDir
    Path dir;

    private static Build build(int i, BuildStatus s) {
        return new Build("b" + i, SHA, i % 3 == 0 ? "feature" : "master", s,
                Optional.of(Instant.parse("2024-03-01T00:00:00Z").plusSeconds(600L * i)), OptionalLong.of(60 + i),
                OptionalInt.empty(), Optional.of(BuildEvent.PUSH));
    }

    private static List<Build> builds(int n) {
        List<Build> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(build(i, i % 4 == 1 ? BuildStatus.FAILED : i % 7 == 2 ? BuildStatus.CANCELED : BuildStatus.PASSED));
        }
        return out;
    }

    private Path write(String name, List<Build> builds) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, HistoryFile.render(builds));
        return f;
    }

    @Test
    void theRowsAfterTheMarkAreTheWholeFilesRowsAfterIt() throws Exception {
        List<Build> all = builds(40);
        Path trained = write("trained.csv", all.subList(0, 30));
        HistoryMark mark = HistoryMark.of(Files.readAllBytes(trained), 30).orElseThrow();
        Path grown = write("grown.csv", all);
        HistoryTail tail = HistoryTail.read(grown, Optional.of(mark));
        assertThat(tail.skipped()).isEqualTo(30);
        assertThat(tail.readBy()).contains(mark);
        assertThat(tail.whyWhole()).isEmpty();
        assertThat(tail.builds().builds()).isEqualTo(all.subList(30, 40));
        assertThat(tail.sha256()).isEqualTo(Fingerprints.sha256(grown));
        assertThat(tail.whole().builds().builds()).isEqualTo(all);
        assertThat(tail.whole().sha256()).isEqualTo(tail.sha256());
        HistoryTail none = HistoryTail.read(trained, Optional.of(mark));
        assertThat(none.skipped()).isEqualTo(30);
        assertThat(none.builds().builds()).isEmpty();
    }

    /** record --risk rewrites every row with a risk cell; the mark knows those bytes too. */
    @Test
    void theMarkHoldsAfterRecordAddsTheRiskColumn() throws Exception {
        List<Build> all = new ArrayList<>(builds(12));
        Path trained = write("trained.csv", all);
        HistoryMark mark = HistoryMark.of(Files.readAllBytes(trained), 12).orElseThrow();
        assertThat(mark.withRiskColumn()).isPresent();
        all.add(build(12, BuildStatus.FAILED).withRisk(0.25));
        all.add(build(13, BuildStatus.PASSED));
        Path risky = write("risky.csv", all);
        assertThat(Files.readAllLines(risky).get(0)).endsWith(",risk");
        HistoryTail tail = HistoryTail.read(risky, Optional.of(mark));
        assertThat(tail.skipped()).isEqualTo(12);
        assertThat(tail.builds().builds()).isEqualTo(all.subList(12, 14));
        assertThat(tail.builds().builds().get(0).risk()).hasValue(0.25);
        // a file marked with its risk column has no second part and is read by its own bytes
        HistoryMark riskMark = HistoryMark.of(Files.readAllBytes(risky), 13).orElseThrow();
        assertThat(riskMark.withRiskColumn()).isEmpty();
        assertThat(HistoryTail.read(risky, Optional.of(riskMark)).builds().builds()).isEqualTo(all.subList(13, 14));
    }

    @Test
    void aFileChangedInTheMarkedRowsIsReadWhole() throws Exception {
        List<Build> all = builds(20);
        HistoryMark mark = HistoryMark.of(Files.readAllBytes(write("trained.csv", all.subList(0, 15))), 15).orElseThrow();
        List<Build> rerun = new ArrayList<>(all);
        rerun.set(3, rerun.get(3).withOutcome(BuildStatus.FAILED, rerun.get(3).duration()));
        HistoryTail tail = HistoryTail.read(write("rerun.csv", rerun), Optional.of(mark));
        assertThat(tail.skipped()).isZero();
        assertThat(tail.whyWhole()).contains("the history's first 15 rows are not those the model's state covers "
                + "(changed since it was trained)");
        assertThat(tail.builds().builds()).isEqualTo(rerun);
        HistoryTail shorter = HistoryTail.read(write("short.csv", all.subList(0, 5)), Optional.of(mark));
        assertThat(shorter.skipped()).isZero();
        assertThat(shorter.whyWhole()).get().asString().contains("fewer than the").contains("of the 15 rows");
        HistoryTail unmarked = HistoryTail.read(write("all.csv", all), Optional.empty());
        assertThat(unmarked.skipped()).isZero();
        assertThat(unmarked.whyWhole()).isEmpty();
        assertThat(unmarked.builds().builds()).isEqualTo(all);
    }

    @Test
    void onlyRowsOfOneLineEachCanBeMarked() {
        String header = String.join(",", HistoryColumns.WITHOUT_RISK);
        String row = "1," + SHA + ",master,passed,2024-03-01T00:00:00Z,60,,push";
        assertThat(HistoryMark.of(bytes(header + "\n" + row + "\n"), 1)).isPresent();
        assertThat(HistoryMark.of(bytes(header + "\n" + row + "\n"), 2)).as("fewer rows than asked").isEmpty();
        assertThat(HistoryMark.of(bytes(header + "\n" + row), 1)).as("no line break after the row").isEmpty();
        assertThat(HistoryMark.of(bytes(header + "\r\n" + row + "\r\n"), 1)).isEmpty();
        assertThat(HistoryMark.of(bytes(header + "\n\n" + row + "\n"), 1)).as("an empty line").isEmpty();
        assertThat(HistoryMark.of(bytes(header + "\n" + row.replace("master", "\"master\"") + "\n"), 1)).isEmpty();
        assertThat(HistoryMark.of(bytes("{\"id\":\"1\"}\n"), 1)).as("JSON lines").isEmpty();
        assertThat(HistoryMark.of(bytes("\uFEFF" + header + "\n" + row + "\n"), 1)).as("a byte-order mark").isEmpty();
        // columns in another order: no risk variant (record would rewrite the file in its own order)
        String other = "commit,id,branch,status,started_at";
        assertThat(HistoryMark.of(bytes(other + "\n" + SHA + ",1,master,passed,\n"), 1).orElseThrow().withRiskColumn())
                .isEmpty();
    }

    /** Errors in the rows read name the file's own line numbers; an id that repeats a skipped row's is an error too. */
    @Test
    void errorsInTheRowsReadNameTheFilesLines() throws Exception {
        List<Build> all = builds(10);
        Path trained = write("trained.csv", all);
        HistoryMark mark = HistoryMark.of(Files.readAllBytes(trained), 10).orElseThrow();
        String text = Files.readString(trained);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, text + "x1," + SHA + ",master,passed,,,,\nx2," + SHA + ",master,exploded,,,,\n");
        assertThatThrownBy(() -> HistoryTail.read(bad, Optional.of(mark))).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(bad + ":13: column 'status': unknown status 'exploded'");
        Path repeated = dir.resolve("repeated.csv");
        Files.writeString(repeated, text + "x1," + SHA + ",master,passed,,,,\nb4," + SHA + ",master,failed,,,,\n");
        assertThatThrownBy(() -> HistoryTail.read(repeated, Optional.of(mark))).isInstanceOf(BadInputException.class)
                .hasMessage(repeated + ":13: column 'id': build id 'b4' repeats line 6");
        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> HistoryTail.read(missing, Optional.of(mark))).isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": file not found");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
