package io.mlgate.engine.validate;

import io.mlgate.engine.validate.sql.SqlDialect;

import java.util.List;
import java.util.Map;

/**
 * Runs the validator's SQL on one engine: the single aggregate query of a {@link ScanPlan}, the example-row
 * queries of failed checks, and compiling (not running) a query to find the check whose SQL is wrong. DuckDB runs
 * it over JDBC ({@link JdbcQueryRunner}); the Spark backend over a {@code SparkSession}.
 */
public interface QueryRunner {

    /** The dialect this engine reads; the datasets checked must be registered in the same engine. */
    SqlDialect dialect();

    /**
     * The first row of {@code sql}'s result, each value as a plain Java value (numbers, booleans, strings, dates).
     *
     * @throws QueryException when the engine rejects the query or cannot read the data
     */
    List<Object> firstRow(String sql);

    /** Every row of {@code sql}'s result, column label to value, in result order. */
    List<Map<String, Object>> rows(String sql);

    /** Parses and plans {@code sql} without reading data. */
    void compile(String sql);
}
