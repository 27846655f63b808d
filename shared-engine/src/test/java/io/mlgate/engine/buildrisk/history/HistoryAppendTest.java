package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.io.Fingerprints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * record's short way: on files as mlgate writes them, appending a new build gives the bytes and the counts that
 * reading, merging and writing the whole history gives; everything else takes that long way, and record's result is
 * the long way's either way.
 */
class HistoryAppendTest {
    private static final String SHA = "0b2480060ae7a7f09826637f6a2dd7b468e5e486";
    private static final BuildStatus[] STATUSES = BuildStatus.values();
    @TempDir
    Path dir;

    private static Build build(Random r, String id, boolean mayHaveRisk) {
        BuildEvent[] events = BuildEvent.values();
        return new Build(id, SHA, r.nextBoolean() ? "master" : "feature/x-" + r.nextInt(9),
                STATUSES[r.nextInt(STATUSES.length)],
                r.nextInt(10) == 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(1_500_000_000L
                        + r.nextInt(100_000_000))),
                r.nextBoolean() ? OptionalLong.of(r.nextInt(5000)) : OptionalLong.empty(),
                r.nextInt(3) == 0 ? OptionalInt.of(1 + r.nextInt(900)) : OptionalInt.empty(),
                r.nextInt(5) == 0 ? Optional.empty() : Optional.of(events[r.nextInt(events.length)]),
                mayHaveRisk && r.nextInt(4) == 0 ? OptionalDouble.of(r.nextInt(1001) / 1000.0) : OptionalDouble.empty());
    }

    private static List<Build> history(Random r, int n, boolean risks) {
        List<Build> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(build(r, Integer.toString(1 + i * 3), risks));
        }
        return out;
    }

    /** The long way: the whole history read, merged with the build, written again. */
    private static byte[] longWay(byte[] file, Build b) {
        return HistoryFile.render(HistoryReader.read("h.csv", file).merge(List.of(b)).builds())
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aNewBuildOnAFileAsMlgateWritesItIsAppendedAsTheLongWayWritesIt() {
        Random r = new Random(5);
        int shortWays = 0;
        for (int n = 0; n < 400; n++) {
            List<Build> builds = history(r, 1 + r.nextInt(30), r.nextBoolean());
            byte[] file = HistoryFile.render(builds).getBytes(StandardCharsets.UTF_8);
            Build next = build(r, r.nextInt(4) == 0 ? builds.get(r.nextInt(builds.size())).id() : "n" + n, true);
            Optional<HistoryAppend.Appended> a = HistoryAppend.of(file, next);
            boolean known = builds.stream().anyMatch(b -> b.id().equals(next.id()));
            boolean risks = builds.stream().anyMatch(b -> b.risk().isPresent());
            assertThat(a.isPresent()).as("short way for build %s", next).isEqualTo(!known
                    && (risks || next.risk().isEmpty()));
            if (a.isPresent()) {
                shortWays++;
                BuildHistory after = HistoryReader.read("h.csv", file).merge(List.of(next));
                assertThat(new String(a.get().bytes(), StandardCharsets.UTF_8))
                        .isEqualTo(new String(longWay(file, next), StandardCharsets.UTF_8));
                assertThat(a.get().summary()).isEqualTo(HistorySummary.of(after));
            }
        }
        assertThat(shortWays).isGreaterThan(150);
    }

    @Test
    void filesTheShortWayCannotVouchForTakeTheLongWay() {
        Random r = new Random(9);
        String plain = HistoryFile.render(history(r, 5, false));
        Build next = build(r, "new", false);
        assertThat(HistoryAppend.of(plain.getBytes(StandardCharsets.UTF_8), next)).isPresent();
        String row = plain.split("\n")[2];
        String[] unlike = {
            plain.replace("\n", "\r\n"),                                 // carriage returns
            plain.substring(0, plain.length() - 1),                      // no break at the end
            plain + "\n",                                                // an empty line
            plain.replaceFirst("\n", "\n\n"),
            plain.replace(row, row.replaceFirst(",", ",\"").replaceFirst(",", ",\"")) , // quotes
            plain.replace(row, " " + row),                               // a space
            plain.replace("master", "mäster"),                           // not ASCII
            plain.replace(row, row + ",x"),                              // a field too many
            plain.replace(row, row.substring(0, row.lastIndexOf(','))), // one too few
            plain.replace(row, row.replaceFirst(",(passed|failed|errored|canceled),", ",PASSED,")),
            plain.replace(row, row.replaceFirst("^[^,]*", "")),          // no id
            plain + row + "\n",                                          // an id twice
            plain.replaceFirst("id,commit", "commit,id"),                // another order
            plain.replaceAll("\n", ",\n").replaceFirst(",\n", ",risk\n"), // a risk column no build uses
            plain.substring(0, plain.indexOf('\n') + 1),                 // no rows
            "",
        };
        for (String text : unlike) {
            assertThat(HistoryAppend.of(text.getBytes(StandardCharsets.UTF_8), next)).as(text).isEmpty();
        }
        assertThat(HistoryAppend.of(plain.getBytes(StandardCharsets.UTF_8), build(r, "risky", false).withRisk(0.5)))
                .as("a first risk adds the column to every row").isEmpty();
    }

    @Test
    void recordWritesWhatTheLongWayWritesOnEveryFile() throws Exception {
        Random r = new Random(3);
        String plain = HistoryFile.render(history(r, 6, false));
        String row = plain.split("\n")[3];
        String[] files = {plain, plain.replace("\n", "\r\n"), plain.replace(row, row.replaceFirst("^([^,]*)",
                "\"$1\"")), plain.lines().map(l -> l.replaceFirst("^([^,]*),([^,]*)", "$2,$1") + "\n")
                .reduce("", String::concat)}; // the last with the user's own column order
        int k = 0;
        for (String text : files) {
            for (Build next : List.of(build(r, "new", false), build(r, "4", false),
                    build(r, "risky", false).withRisk(0.125))) {
                Path h = dir.resolve("h" + k++ + ".csv");
                byte[] before = text.getBytes(StandardCharsets.UTF_8);
                Files.write(h, before);
                HistoryFile.Recorded rec = HistoryFile.record(h, next, Duration.ofSeconds(5), line -> { });
                BuildHistory after = HistoryReader.read("h.csv", before).merge(List.of(next));
                assertThat(Files.readString(h)).isEqualTo(new String(longWay(before, next), StandardCharsets.UTF_8));
                assertThat(rec.summary()).isEqualTo(HistorySummary.of(after));
                assertThat(rec.replaced()).isEqualTo(next.id().equals("4"));
                assertThat(rec.appended()).isEqualTo(text.equals(plain) && next.id().equals("new"));
                assertThat(rec.sha256()).isEqualTo(Fingerprints.sha256(h));
            }
        }
        Path fresh = dir.resolve("fresh.csv");
        HistoryFile.Recorded first = HistoryFile.record(fresh, build(r, "1", true), Duration.ofSeconds(5), line -> { });
        assertThat(first.appended()).isFalse();
        assertThat(first.summary().builds()).isEqualTo(1);
        assertThat(HistoryReader.read(fresh).builds()).hasSize(1);
    }

    @Test
    void aBadHistoryTheShortWayCannotReadIsReportedAndLeftAsItWas() throws Exception {
        Path h = dir.resolve("bad.csv");
        String bad = "id,commit,branch,status,started_at,duration,pull_request,event\n1," + SHA
                + ",master,exploded,2024-01-01T00:00:00Z,,,\n";
        Files.writeString(h, bad);
        assertThatThrownBy(() -> HistoryFile.record(h, build(new Random(1), "2", false), Duration.ofSeconds(5), line -> { }))
                .isInstanceOf(BadInputException.class).hasMessageContaining(h + ":2:").hasMessageContaining("status");
        assertThat(Files.readString(h)).isEqualTo(bad);
    }
}
