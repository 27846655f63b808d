package io.mlgate.engine.data;

import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.Histogram;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.ValueCount;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Profiles a registered dataset entirely in SQL, in at most three scans whatever the number of columns:
 * <ol>
 *   <li>{@link ScalarPass}: one aggregate SELECT with every column's counts, distinct, min/max, mean, stddev,
 *       quantiles and string lengths;</li>
 *   <li>{@link HistogramPass}: one SELECT binning every numeric column with the min/max of scan 1 (skipped when
 *       no numeric column has a range);</li>
 *   <li>{@link TopValuesPass}: one grouped query for the top-K values of every column (skipped when topK is 0 or
 *       the dataset is empty).</li>
 * </ol>
 * Quantiles are exact ({@code quantile_cont}) when {@link ProfileOptions#exactDistinct()} is set, otherwise
 * t-digest estimates ({@code approx_quantile}); distinct counts follow the same switch and say which they are.
 * Provenance is algorithm {@code profile.duckdb} version 1 over the dataset's file fingerprints.
 */
public final class Profiler {
    /** Algorithm id recorded in provenance. */
    public static final String ALGORITHM = "profile.duckdb";
    /** Algorithm version recorded in provenance. */
    public static final String VERSION = "1";

    private final ProfileOptions options;

    public Profiler(ProfileOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public DatasetProfile profile(ScanEngine engine, Dataset ds) {
        List<ColumnInfo> columns = ds.columns();
        try {
            ScalarPass scalar = new ScalarPass(columns, options);
            List<ScalarStats> stats = new ArrayList<>();
            long rows = engine.query(scalar.sql(ds.relation()), rs -> scalar.read(rs, stats));

            HistogramBins bins = new HistogramBins(options.histogramBins(), ScalarStats.ranges(columns, stats));
            HistogramPass hist = new HistogramPass(bins);
            Map<String, Histogram> histograms = bins.needsScan()
                    ? engine.query(hist.sql(ds.relation()), hist::read) : hist.read(null);

            TopValuesPass top = new TopValuesPass(columns, options.topK());
            Map<String, List<ValueCount>> topValues = top.needsScan() && rows > 0
                    ? engine.query(top.sql(ds.relation()), top::read) : Map.of();

            List<ColumnProfile> profiles = ScalarStats.profiles(columns, stats, rows, options.exactDistinct(),
                    topValues, histograms);
            return new DatasetProfile(ds.name(), ds.source().location(), rows, profiles,
                    Provenance.of(ALGORITHM, VERSION, ds.fingerprints(), null));
        } catch (SQLException e) {
            throw ScanErrors.of(e, ds);
        }
    }
}
