package io.mlgate.spark;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.ColumnProfile;
import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.api.Histogram;
import io.mlgate.engine.api.Provenance;
import io.mlgate.engine.api.ValueCount;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.HistogramBins;
import io.mlgate.engine.data.ProfileOptions;
import io.mlgate.engine.data.ScalarStats;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Profiles a dataset registered in Spark with the statistics of the DuckDB {@link io.mlgate.engine.data.Profiler},
 * in at most three Spark SQL queries: {@link SparkScalarPass}, {@link SparkHistogramPass} and
 * {@link SparkTopValuesPass}. Provenance is algorithm {@code profile.spark} version 1.
 */
final class SparkProfiler {
    static final String ALGORITHM = "profile.spark";
    static final String VERSION = "1";

    private final SparkSession spark;
    private final ProfileOptions options;

    SparkProfiler(SparkSession spark, ProfileOptions options) {
        this.spark = spark;
        this.options = options;
    }

    DatasetProfile profile(Dataset ds) {
        List<ColumnInfo> columns = ds.columns();
        try {
            SparkScalarPass scalar = new SparkScalarPass(columns, options);
            List<ScalarStats> stats = new ArrayList<>();
            long rows = scalar.read(spark.sql(scalar.sql(ds.relation())).head(), stats);

            HistogramBins bins = new HistogramBins(options.histogramBins(), ScalarStats.ranges(columns, stats));
            SparkHistogramPass hist = new SparkHistogramPass(bins);
            Map<String, Histogram> histograms = hist.read(bins.needsScan()
                    ? spark.sql(hist.sql(ds.relation())).collectAsList() : List.of());

            SparkTopValuesPass top = new SparkTopValuesPass(columns, options.topK());
            Map<String, List<ValueCount>> topValues = top.needsScan() && rows > 0
                    ? top.read(spark.sql(top.sql(ds.relation())).collectAsList()) : Map.of();

            List<ColumnProfile> profiles = ScalarStats.profiles(columns, stats, rows, options.exactDistinct(),
                    topValues, histograms);
            return new DatasetProfile(ds.name(), ds.source().location(), rows, profiles,
                    Provenance.of(ALGORITHM, VERSION, ds.fingerprints(), null));
        } catch (BadInputException e) {
            throw e;
        } catch (Exception e) {
            throw SparkErrors.of(e, ds.source().location());
        }
    }
}
