package io.mlgate.spark;

import io.mlgate.engine.api.DatasetProfile;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ProfileOptions;
import io.mlgate.engine.validate.QueryRunner;
import io.mlgate.engine.validate.backend.Backend;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;

/**
 * A data command's session on Spark: datasets become temporary views of the session, the profile and the checks
 * run as Spark SQL. Closing drops the views and leaves the session running (spark-submit's main stops it).
 */
final class SparkBackend implements Backend {
    private final SparkSession spark;
    private final List<String> views = new ArrayList<>();

    SparkBackend(SparkSession spark) {
        this.spark = spark;
    }

    @Override
    public Dataset register(String name, DataSource source) {
        Dataset ds = new SparkRegistration(spark, name, source, true).run();
        views.add(name);
        return ds;
    }

    /** Without counting CSV rows: the command's scans read every row anyway. */
    @Override
    public Dataset registerUnread(String name, DataSource source) {
        Dataset ds = new SparkRegistration(spark, name, source, false).run();
        views.add(name);
        return ds;
    }

    @Override
    public DatasetProfile profile(Dataset dataset, ProfileOptions options) {
        return new SparkProfiler(spark, options).profile(dataset);
    }

    @Override
    public QueryRunner queries() {
        return new SparkQueryRunner(spark);
    }

    @Override
    public void close() {
        views.forEach(v -> spark.catalog().dropTempView(v));
        views.clear();
    }
}
