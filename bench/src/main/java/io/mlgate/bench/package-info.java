/**
 * The benchmark's drivers, outside the product: {@link io.mlgate.bench.MakeData} replicates the flights data with
 * DuckDB, {@link io.mlgate.bench.BareScan} is the floor (one DuckDB scan of every value), and
 * {@link io.mlgate.bench.DeequSuite} runs the same checks on Amazon Deequ. {@code bench/run.sh} runs them and mlgate.
 */
package io.mlgate.bench;
