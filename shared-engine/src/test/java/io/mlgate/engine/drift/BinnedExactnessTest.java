package io.mlgate.engine.drift;

import io.mlgate.engine.api.Progress;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;
import io.mlgate.engine.drift.data.Grid;
import io.mlgate.engine.drift.data.MeasuredColumn;
import io.mlgate.engine.drift.data.MeasuredDataset;
import io.mlgate.engine.drift.data.Measurer;
import io.mlgate.engine.drift.data.Needs;
import io.mlgate.engine.drift.stats.KolmogorovSmirnov;
import io.mlgate.engine.drift.stats.Wasserstein;
import io.mlgate.testing.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static io.mlgate.testing.SyntheticData.columns;
import static io.mlgate.testing.SyntheticData.normal;
import static io.mlgate.testing.SyntheticData.uniform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The SQL measurement path against exact computations on the raw values: KS on the grid lies between the exact D and
 * the stated upper bound, Wasserstein is within a fraction of a bin; on integer data both are exact; far outliers
 * (zoomed grids) and values outside the reference's range keep the answers right.
 */
class BinnedExactnessTest {
    @TempDir
    Path dir;

    private record Pair(NumericComparison comparison, MeasuredColumn ref, double[] a, double[] b) {
    }

    private Pair measure(String column, Path refFile, Path curFile) throws Exception {
        try (ScanEngine engine = ScanEngine.open()) {
            Measurer m = new Measurer(engine, Progress.SILENT);
            Dataset rd = engine.register("reference", DataSource.of(refFile.toString()));
            Dataset cd = engine.register("current", DataSource.of(curFile.toString()));
            MeasuredDataset ref = m.reference(rd, Set.of(), (c, s) -> new Needs.Counts(true, false), true);
            MeasuredColumn r = ref.column(column).orElseThrow();
            MeasuredDataset cur = m.current(cd, Set.of(), Map.of(column, r.numeric()), Set.of(), true);
            MeasuredColumn c = cur.column(column).orElseThrow();
            return new Pair(new NumericComparison(r.numeric(), c.numeric(), c.type()), r,
                    ExactSamples.read(refFile, column), ExactSamples.read(curFile, column));
        }
    }

    @Test
    void continuousDataAgreeWithinTheBound() throws Exception {
        Path ref = SyntheticData.write(dir, "ref.parquet", 3000, columns("x", normal(1, 1, 10, 2)));
        Path cur = SyntheticData.write(dir, "cur.parquet", 2000, columns("x", normal(2, 1, 10.4, 2.2)));
        Pair p = measure("x", ref, cur);
        double exact = ExactSamples.ks(p.a(), p.b());
        KolmogorovSmirnov.Statistic d = KolmogorovSmirnov.statistic(p.comparison().pair());
        assertThat(d.value()).isLessThanOrEqualTo(exact + 1e-12).isCloseTo(exact, within(2e-3));
        assertThat(d.upperBound()).isGreaterThanOrEqualTo(exact - 1e-12);
        double w = Wasserstein.distance(p.comparison().pair());
        assertThat(w).isCloseTo(ExactSamples.w1(p.a(), p.b()), within(4 * (p.ref().numeric().grid().width())));
        assertThat(p.ref().stats().std()).isCloseTo(ExactSamples.std(p.a()), within(1e-9));
    }

    @Test
    void integerDataAreExact() throws Exception {
        Path ref = SyntheticData.write(dir, "ref.parquet", 1500,
                columns("n", "CAST(floor(" + uniform(3, 1) + " * 40) AS INTEGER)"));
        Path cur = SyntheticData.write(dir, "cur.parquet", 900,
                columns("n", "CAST(floor(" + uniform(4, 1) + " * 44) - 2 AS INTEGER)"));
        Pair p = measure("n", ref, cur);
        assertThat(p.comparison().pair().allPoints()).isTrue();
        KolmogorovSmirnov.Statistic d = KolmogorovSmirnov.statistic(p.comparison().pair());
        assertThat(d.value()).isCloseTo(ExactSamples.ks(p.a(), p.b()), within(1e-12));
        assertThat(d.upperBound()).isCloseTo(d.value(), within(1e-12));
        // current values below the reference's minimum and above its maximum land in the tails, with exact sums
        assertThat(Wasserstein.distance(p.comparison().pair())).isCloseTo(ExactSamples.w1(p.a(), p.b()), within(1e-9));
    }

    @Test
    void atomsOfRoundedZeroInflatedDataAddNoSlack() throws Exception {
        // 60 % zeros, the rest exponential rounded to 0.1 mm, like rain gauges: bins narrower than the rounding
        // step hold one value each, and the heavy ones (the zeros above all) are found to be atoms
        String zeroInflated = "(CASE WHEN %s < 0.6 THEN 0.0 ELSE round(-ln(%s) * 3, 1) END)";
        Path ref = SyntheticData.write(dir, "ref.parquet", 4000,
                columns("rain", String.format(zeroInflated, uniform(7, 1), uniform(7, 2))));
        Path cur = SyntheticData.write(dir, "cur.parquet", 3000,
                columns("rain", String.format(zeroInflated.replace("0.6", "0.5"), uniform(8, 1), uniform(8, 2))));
        Pair p = measure("rain", ref, cur);
        assertThat(p.comparison().pair().points()[0]).as("the zeros are an atom").isEqualTo(0.0);
        double exact = ExactSamples.ks(p.a(), p.b());
        KolmogorovSmirnov.Statistic d = KolmogorovSmirnov.statistic(p.comparison().pair());
        assertThat(d.value()).isCloseTo(exact, within(1e-12));
        assertThat(d.upperBound()).as("without the atoms the bound would be 0.6 wide").isLessThan(exact + 0.01);
        assertThat(Wasserstein.distance(p.comparison().pair()))
                .isCloseTo(ExactSamples.w1(p.a(), p.b()), within(p.ref().numeric().grid().width()));
    }

    @Test
    void farOutliersZoomTheGridAndKeepTheBulkResolved() throws Exception {
        String withOutliers = "(CASE WHEN " + uniform(5, 9) + " < 0.0005 THEN 1e9 ELSE " + normal(5, 1, 0, 1) + " END)";
        Path ref = SyntheticData.write(dir, "ref.parquet", 20000, columns("x", withOutliers));
        Path cur = SyntheticData.write(dir, "cur.parquet", 20000, columns("x", normal(6, 1, 0.2, 1)));
        Pair p = measure("x", ref, cur);
        Grid g = p.ref().numeric().grid();
        assertThat(g.hi()).as("zoomed onto the bulk").isLessThan(10);
        double exact = ExactSamples.ks(p.a(), p.b());
        KolmogorovSmirnov.Statistic d = KolmogorovSmirnov.statistic(p.comparison().pair());
        assertThat(d.value()).isLessThanOrEqualTo(exact + 1e-12).isCloseTo(exact, within(3e-3));
        assertThat(d.upperBound()).isGreaterThanOrEqualTo(exact - 1e-12);
        // the outliers move 0.05 % of the mass by 1e9: W1 is dominated by them and still right
        assertThat(Wasserstein.distance(p.comparison().pair()))
                .isCloseTo(ExactSamples.w1(p.a(), p.b()), within(1e-3 * ExactSamples.w1(p.a(), p.b())));
    }
}
