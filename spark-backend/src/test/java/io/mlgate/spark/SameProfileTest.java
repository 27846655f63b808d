package io.mlgate.spark;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.data.ProfileOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The profile on both engines. Exact mode (the default): the same statistics, floating-point means and deviations
 * within 1e-9 relative. Approximate mode on Spark: distinct counts (HyperLogLog++, relative standard deviation 1%)
 * within 3% of the exact count; quantiles ({@code percentile_approx}, accuracy 10000) are values of the column whose rank is within
 * n·(1/10000) + 1 of the exact quantile's; everything else as in exact mode.
 */
class SameProfileTest {
    static final List<Double> LEVELS = ProfileOptions.defaults().quantiles();
    static final ProfileOptions APPROX = new ProfileOptions(10, 20, false, LEVELS);

    @TempDir
    static Path dir;
    static TripsSuite suite;
    static DatasetProfile duck;
    static DatasetProfile spark;
    static DatasetProfile sparkApprox;

    @BeforeAll
    static void profileOnBothEngines() {
        suite = new TripsSuite(dir);
        duck = EngineRuns.profile(EngineRuns.DUCKDB, suite.parquet, ProfileOptions.defaults()).profiles().get(0);
        spark = EngineRuns.profile(EngineRuns.SPARK, suite.parquet, ProfileOptions.defaults()).profiles().get(0);
        sparkApprox = EngineRuns.profile(EngineRuns.SPARK, suite.parquet, APPROX).profiles().get(0);
    }

    @Test
    void exactProfilesAreTheSame() {
        assertThat(spark.rowCount()).isEqualTo(duck.rowCount()).isEqualTo(TripsSuite.ROWS);
        assertThat(spark.columns()).hasSameSizeAs(duck.columns());
        for (int i = 0; i < duck.columns().size(); i++) {
            ColumnProfile d = duck.columns().get(i);
            ColumnProfile s = spark.columns().get(i);
            assertThat(s.name()).isEqualTo(d.name());
            assertThat(s.type()).as(d.name()).isEqualTo(d.type());
            assertThat(s.nullCount()).as(d.name()).isEqualTo(d.nullCount());
            assertThat(s.distinct()).as(d.name()).isEqualTo(d.distinct());
            assertThat(s.distinctExact()).isTrue();
            assertThat(s.min()).as(d.name()).isEqualTo(d.min());
            assertThat(s.max()).as(d.name()).isEqualTo(d.max());
            assertClose(s.mean(), d.mean(), d.name());
            assertClose(s.stddev(), d.stddev(), d.name());
            assertThat(s.quantiles().keySet()).as(d.name()).isEqualTo(d.quantiles().keySet());
            d.quantiles().forEach((q, v) -> assertClose(s.quantiles().get(q), v, d.name() + " q" + q));
            assertThat(s.topValues()).as(d.name()).isEqualTo(d.topValues());
            assertThat(s.minLength()).as(d.name()).isEqualTo(d.minLength());
            assertThat(s.maxLength()).as(d.name()).isEqualTo(d.maxLength());
            assertClose(s.meanLength(), d.meanLength(), d.name());
            assertThat(s.histogram()).as(d.name()).isEqualTo(d.histogram());
        }
        assertThat(duck.column("fare").orElseThrow().histogram().total()).isEqualTo(TripsSuite.ROWS - 9);
    }

    @Test
    void approximateDistinctCountsAreWithinThreeStandardDeviations() {
        for (int i = 0; i < duck.columns().size(); i++) {
            long exact = duck.columns().get(i).distinct();
            ColumnProfile c = sparkApprox.columns().get(i);
            assertThat(c.distinctExact()).isFalse();
            assertThat((double) c.distinct()).as(c.name()).isCloseTo(exact, within(Math.max(1, exact * 3 * SparkScalarPass.RSD)));
        }
    }

    @Test
    void approximateQuantilesAreWithinTheirRankError() throws IOException {
        List<Double> fares = Files.readAllLines(suite.csv).stream().skip(1).map(l -> l.split(",", -1)[4])
                .filter(f -> !f.isEmpty()).map(Double::parseDouble).sorted().toList();
        int n = fares.size();
        double eps = 1.0 / SparkScalarPass.ACCURACY + 1.0 / n;
        ColumnProfile fare = sparkApprox.column("fare").orElseThrow();
        for (double q : LEVELS) {
            double v = fare.quantiles().get(Double.toString(q));
            double lo = fares.get((int) Math.max(0, Math.floor((q - eps) * (n - 1))));
            double hi = fares.get((int) Math.min(n - 1, Math.ceil((q + eps) * (n - 1))));
            assertThat(v).as("q" + q).isBetween(lo, hi);
            assertThat(fares).as("percentile_approx returns a value of the column").contains(v);
        }
        // everything but distinct counts and quantiles is exact in both modes
        assertThat(fare.histogram()).isEqualTo(duck.column("fare").orElseThrow().histogram());
        assertThat(fare.topValues()).isEqualTo(duck.column("fare").orElseThrow().topValues());
    }

    private static void assertClose(Double actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(Math.abs(expected) * 1e-9));
        }
    }
}
