/**
 * mlgate on Apache Spark: the same data validation and profiles as the embedded DuckDB engine, for data on any
 * path Spark reads. {@link io.mlgate.spark.SparkMain} is the {@code spark-submit} entry point (the {@code mlgate}
 * command line with {@code --engine spark} as the default); {@code SparkBackendProvider} is found by the engine
 * as a service and opens a session in which datasets are temporary views, the validator's one-scan plan runs in
 * Spark SQL (the checks' SQL spelled by {@link io.mlgate.engine.validate.sql.SqlDialect#SPARK}), and profiles
 * are computed by three Spark SQL queries.
 */
package io.mlgate.spark;
