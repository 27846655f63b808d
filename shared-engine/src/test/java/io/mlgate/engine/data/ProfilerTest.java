package io.mlgate.engine.data;

import static io.mlgate.engine.data.TestFiles.parquet;
import static io.mlgate.engine.data.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.ValueCount;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Statistics checked against values computed by hand. */
class ProfilerTest extends ScanEngineTest {
    private static final ProfileOptions OPTS = new ProfileOptions(2, 3, true, List.of(0.25, 0.5, 0.75));

    private Path csv;
    private DatasetProfile profile;

    @BeforeEach
    void profile() {
        csv = write(dir, "t.csv", "x,s,flag,k\n1,a,true,5\n2,bb,false,5\n3,a,true,5\n4,,true,5\n,ccc,,5\n");
        profile = new Profiler(OPTS).profile(engine, engine.register("t", DataSource.of(csv.toString())));
    }

    @Test
    void numericColumn() {
        ColumnProfile x = profile.column("x").orElseThrow();
        assertThat(x.type()).isEqualTo(ColumnType.INTEGER);
        assertThat(x.rowCount()).isEqualTo(5);
        assertThat(x.nullCount()).isEqualTo(1);
        assertThat(x.distinct()).isEqualTo(4);
        assertThat(x.distinctExact()).isTrue();
        assertThat(x.min()).isEqualTo("1");
        assertThat(x.max()).isEqualTo("4");
        assertThat(x.mean()).isEqualTo(2.5);
        assertThat(x.stddev()).isCloseTo(1.2909944, within(1e-7));
        assertThat(x.quantiles()).containsEntry("0.25", 1.75).containsEntry("0.5", 2.5).containsEntry("0.75", 3.25);
        assertThat(x.minLength()).isNull();
    }

    @Test
    void histogramBinsWithLastBinInclusive() {
        ColumnProfile x = profile.column("x").orElseThrow();
        assertThat(x.histogram().edges()).containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(x.histogram().counts()).containsExactly(1L, 1L, 2L);
        assertThat(x.histogram().total()).isEqualTo(x.rowCount() - x.nullCount());
    }

    @Test
    void constantColumnIsOneBin() {
        ColumnProfile k = profile.column("k").orElseThrow();
        assertThat(k.histogram().edges()).containsExactly(5.0, 5.0);
        assertThat(k.histogram().counts()).containsExactly(5L);
        assertThat(k.stddev()).isEqualTo(0.0);
    }

    @Test
    void stringColumn() {
        ColumnProfile s = profile.column("s").orElseThrow();
        assertThat(s.type()).isEqualTo(ColumnType.STRING);
        assertThat(s.nullCount()).isEqualTo(1);
        assertThat(s.distinct()).isEqualTo(3);
        assertThat(s.min()).isEqualTo("a");
        assertThat(s.max()).isEqualTo("ccc");
        assertThat(s.minLength()).isEqualTo(1);
        assertThat(s.maxLength()).isEqualTo(3);
        assertThat(s.meanLength()).isEqualTo(1.75);
        assertThat(s.mean()).isNull();
        assertThat(s.histogram()).isNull();
        assertThat(s.quantiles()).isEmpty();
    }

    @Test
    void topValuesMostFrequentFirstTiesByValue() {
        assertThat(profile.column("s").orElseThrow().topValues())
                .containsExactly(new ValueCount("a", 2), new ValueCount("bb", 1));
        assertThat(profile.column("flag").orElseThrow().topValues())
                .containsExactly(new ValueCount("true", 3), new ValueCount("false", 1));
    }

    @Test
    void booleanColumn() {
        ColumnProfile f = profile.column("flag").orElseThrow();
        assertThat(f.type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(f.min()).isEqualTo("false");
        assertThat(f.max()).isEqualTo("true");
        assertThat(f.distinct()).isEqualTo(2);
    }

    @Test
    void datasetAndProvenance() {
        assertThat(profile.name()).isEqualTo("t");
        assertThat(profile.location()).isEqualTo(csv.toString());
        assertThat(profile.rowCount()).isEqualTo(5);
        assertThat(profile.columns()).extracting(ColumnProfile::name).containsExactly("x", "s", "flag", "k");
        assertThat(profile.provenance().algorithmId()).isEqualTo("profile.duckdb");
        assertThat(profile.provenance().algorithmVersion()).isEqualTo("1");
        assertThat(profile.provenance().inputFingerprints()).containsOnlyKeys(csv.toString());
    }

    @Test
    void parquetTypesAndApproximateDistinct() {
        Path p = parquet(engine, dir, "p.parquet", "SELECT * FROM (VALUES (1.50::DECIMAL(6,2), DATE '2024-01-02'), "
                + "(2.25::DECIMAL(6,2), DATE '2024-03-04'), (NULL, NULL)) t(amount, day)");
        Profiler approx = new Profiler(new ProfileOptions(10, 4, false, List.of(0.5)));
        DatasetProfile dp = approx.profile(engine, engine.register("p", DataSource.of(p.toString())));
        ColumnProfile amount = dp.column("amount").orElseThrow();
        assertThat(amount.type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(amount.physicalType()).isEqualTo("DECIMAL(6,2)");
        assertThat(amount.min()).isEqualTo("1.50");
        assertThat(amount.mean()).isEqualTo(1.875);
        assertThat(amount.distinctExact()).isFalse();
        assertThat(amount.distinct()).isEqualTo(2);
        assertThat(amount.histogram().total()).isEqualTo(2);
        ColumnProfile day = dp.column("day").orElseThrow();
        assertThat(day.type()).isEqualTo(ColumnType.DATE);
        assertThat(day.min()).isEqualTo("2024-01-02");
        assertThat(day.max()).isEqualTo("2024-03-04");
        assertThat(day.histogram()).isNull();
    }

    @Test
    void emptyDataset() {
        Path p = parquet(engine, dir, "e.parquet", "SELECT 1 AS a, 'x' AS b WHERE false");
        DatasetProfile dp = new Profiler(ProfileOptions.defaults()).profile(engine,
                engine.register("e", DataSource.of(p.toString())));
        assertThat(dp.rowCount()).isZero();
        ColumnProfile a = dp.column("a").orElseThrow();
        assertThat(a.nullCount()).isZero();
        assertThat(a.distinct()).isZero();
        assertThat(a.mean()).isNull();
        assertThat(a.histogram()).isNull();
        assertThat(a.topValues()).isEmpty();
        assertThat(a.quantiles()).isEmpty();
    }
}
