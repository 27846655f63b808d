package io.mlgate.engine.data;

import static io.mlgate.engine.data.TestFiles.parquet;
import static io.mlgate.engine.data.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.ColumnType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocationTest extends ScanEngineTest {
    @Test
    void globReadsEveryMatchingFileSorted() {
        Path b = write(dir, "b.csv", "id,v\n3,z\n");
        Path a = write(dir, "a.csv", "id,v\n1,x\n2,y\n");
        write(dir, "other.txt", "ignored\n");
        Dataset ds = engine.register("g", DataSource.of(dir + "/*.csv"));
        assertThat(ds.files()).containsExactly(a, b);
        assertThat(ds.rowCount()).isEqualTo(3);
        assertThat(ds.fingerprints()).containsOnlyKeys(a.toString(), b.toString());
    }

    @Test
    void hiveDirectoryOfParquetAddsPartitionColumns() {
        parquet(engine, dir, "year=2023/part-0.parquet", "SELECT 1 AS id, 'x' AS v");
        parquet(engine, dir, "year=2024/part-0.parquet", "SELECT * FROM (VALUES (2, 'y'), (3, 'z')) t(id, v)");
        write(dir, "_SUCCESS", "");
        Dataset ds = engine.register("h", DataSource.of(dir.toString()));
        assertThat(ds.files()).hasSize(2);
        assertThat(ds.columns()).extracting(ColumnInfo::name).containsExactly("id", "v", "year");
        assertThat(ds.column("year")).map(ColumnInfo::type).contains(ColumnType.INTEGER);
        assertThat(ds.rowCount()).isEqualTo(3);
    }

    @Test
    void hiveDirectoryOfCsv() {
        write(dir, "region=eu/a.csv", "id,v\n1,x\n");
        write(dir, "region=us/a.csv", "id,v\n2,y\n");
        Dataset ds = engine.register("h", DataSource.of(dir.toString()));
        assertThat(ds.columns()).extracting(ColumnInfo::name).containsExactly("id", "v", "region");
        assertThat(ds.rowCount()).isEqualTo(2);
    }

    @Test
    void directoryWithExplicitFormatKeepsOnlyThatFormat() {
        write(dir, "a.csv", "id\n1\n");
        parquet(engine, dir, "b.parquet", "SELECT 7 AS id");
        Dataset ds = engine.register("d", new DataSource(dir.toString(), DataFormat.PARQUET, null));
        assertThat(ds.files()).containsExactly(dir.resolve("b.parquet"));
        assertThatThrownBy(() -> engine.register("d", DataSource.of(dir.toString())))
                .isInstanceOf(BadInputException.class).hasMessageContaining("one dataset must use one format");
    }

    @Test
    void jsonLinesAndJsonArrays() {
        Path jl = write(dir, "x.jsonl", "{\"a\":1,\"b\":\"x\"}\n{\"a\":2,\"b\":null}\n");
        Path arr = write(dir, "y.json", "[{\"a\":1.5},{\"a\":2.5},{\"a\":null}]");
        Dataset l = engine.register("l", DataSource.of(jl.toString()));
        assertThat(l.columns()).extracting(ColumnInfo::type).containsExactly(ColumnType.INTEGER, ColumnType.STRING);
        assertThat(l.rowCount()).isEqualTo(2);
        Dataset a = engine.register("a", DataSource.of(arr.toString()));
        assertThat(a.columns()).extracting(ColumnInfo::type).containsExactly(ColumnType.DOUBLE);
        assertThat(a.rowCount()).isEqualTo(3);
    }

    @Test
    void explicitFormatOverridesExtension() {
        Path f = write(dir, "data.log", "a,b\n1,2\n");
        Dataset ds = engine.register("f", new DataSource(f.toString(), DataFormat.CSV, null));
        assertThat(ds.columns()).hasSize(2);
    }

    @Test
    void registeringAgainReplacesTheView() {
        Path f = write(dir, "a.csv", "id\n1\n");
        Path g = write(dir, "b.csv", "id,v\n1,2\n");
        engine.register("t", DataSource.of(f.toString()));
        assertThat(engine.register("t", DataSource.of(g.toString())).columns()).hasSize(2);
    }
}
