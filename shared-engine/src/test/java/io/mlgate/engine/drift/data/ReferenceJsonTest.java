package io.mlgate.engine.drift.data;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A saved reference reads back as it was written, is told from data files by content, and fails cleanly. */
class ReferenceJsonTest {
    @TempDir
    Path dir;

    private static MeasuredDataset sample() {
        Grid g = Grid.forRange(-2.5, 7.25, false);
        long[] cells = new long[g.bins() + 2];
        cells[1] = 3;
        cells[2000] = 40;
        cells[g.bins()] = 7;
        MeasuredColumn x = new MeasuredColumn("x", ColumnType.DOUBLE, "DOUBLE",
                new ColumnStats(52, 50, null, -2.5, 7.25, 1.0 / 3, 2.0), new NumericCounts(g, cells, 0.5, 0.25), null);
        MeasuredColumn k = new MeasuredColumn("kind \"quoted\"", ColumnType.STRING, "VARCHAR",
                new ColumnStats(52, 52, 2L, null, null, null, null), null,
                new CategoryCounts(Map.of("sun", 30L, "rain", 22L)));
        MeasuredColumn n = new MeasuredColumn("n", ColumnType.INTEGER, "BIGINT",
                new ColumnStats(52, 52, 3L, 1.0, 3.0, 2.0, 0.5),
                new NumericCounts(Grid.forRange(1, 3, true), new long[] {0, 10, 30, 12, 0}, 0, 0),
                new CategoryCounts(Map.of("1", 10L, "2", 30L, "3", 12L)));
        return new MeasuredDataset("data/train.csv", 52, Map.of("data/train.csv", "sha256:ab"), List.of(x, k, n),
                Instant.parse("2025-03-14T09:26:53.589Z"), "0.1.0", Optional.empty());
    }

    @Test
    void roundTrip() {
        Path f = dir.resolve("ref.json");
        ReferenceJson.write(sample(), f);
        assertThat(ReferenceJson.isReference(f.toString())).isTrue();
        MeasuredDataset back = ReferenceJson.read(f);
        assertThat(back.storedAt()).contains(f);
        assertThat(back.columns()).isEqualTo(sample().columns());
        assertThat(back.rows()).isEqualTo(52);
        assertThat(back.fingerprints()).isEqualTo(sample().fingerprints());
        assertThat(back.measured()).isEqualTo(sample().measured());
    }

    @Test
    void dataFilesAreNotReferences() {
        assertThat(ReferenceJson.isReference(Files2.write(dir, "rows.json", "{\"kind\": \"x\", \"a\": 1}").toString())).isFalse();
        assertThat(ReferenceJson.isReference(Files2.write(dir, "rows.jsonl", "{\"a\": 1}", "{\"a\": 2}").toString())).isFalse();
        assertThat(ReferenceJson.isReference(Files2.write(dir, "a.csv", "a,b", "1,2").toString())).isFalse();
        assertThat(ReferenceJson.isReference(dir.resolve("missing.json").toString())).isFalse();
        assertThat(ReferenceJson.isReference(dir.toString())).isFalse();
        assertThat(ReferenceJson.isReference("data/*.parquet")).isFalse();
    }

    @Test
    void defectsAreOneLineErrorsNamingTheFile() {
        Path truncated = Files2.write(dir, "t.json", "{\"kind\": \"mlgate-drift-reference\", \"formatVersion\": 1, \"col");
        assertThat(ReferenceJson.isReference(truncated.toString())).isTrue();
        assertThatThrownBy(() -> ReferenceJson.read(truncated)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(truncated + ": not a readable drift reference");
        Path future = Files2.write(dir, "f.json", "{\"kind\": \"mlgate-drift-reference\", \"formatVersion\": 9}");
        assertThatThrownBy(() -> ReferenceJson.read(future)).hasMessageContaining("formatVersion")
                .hasMessageContaining("format version 1");
        String good = ReferenceJson.toJson(sample());
        Path badCell = Files2.write(dir, "c.json", good.replace("[ 1999, 40 ]", "[ 99999, 40 ]"));
        assertThatThrownBy(() -> ReferenceJson.read(badCell)).hasMessageContaining("columns[0].grid.cells")
                .hasMessageContaining("outside -1..4096");
    }
}
