/**
 * Reading datasets and profiling them with embedded DuckDB.
 *
 * <p>A {@link io.mlgate.engine.data.DataSource} names a file, a glob or a directory of hive-style partitions
 * in CSV, Parquet or JSON lines. {@link io.mlgate.engine.data.ScanEngine#register} resolves the exact files in
 * Java, checks them, and creates a DuckDB view over them; bad input of any kind (missing, unreadable, empty,
 * header only, ragged rows, wrong delimiter, invalid UTF-8, not Parquet, malformed JSON) becomes a one-line
 * {@link io.mlgate.engine.api.BadInputException} naming the file and line. {@link io.mlgate.engine.data.Profiler}
 * measures every column in a fixed number of SQL scans and returns an
 * {@link io.mlgate.engine.api.DatasetProfile}; the Spark backend profiles with the same
 * {@link io.mlgate.engine.data.ScalarStats} layout and {@link io.mlgate.engine.data.HistogramBins}, so both engines
 * read and bin alike. {@link io.mlgate.engine.data.Sql} quotes identifiers and literals
 * for all SQL this engine builds.
 */
package io.mlgate.engine.data;
