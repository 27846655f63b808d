/**
 * The benchmark's drivers, outside the product: {@link io.mlgate.bench.MakeData} replicates the flights data with
 * DuckDB, {@link io.mlgate.bench.BareScan} is the floor (one DuckDB scan of every value), and
 * {@link io.mlgate.bench.DeequSuite} runs the same checks on Amazon Deequ. {@code bench/run.sh} runs them and mlgate.
 * {@link io.mlgate.bench.QueryCosts} times queries in one process, such as the checks' single query with and without
 * each of its metrics ({@code bench/flights/scan-queries-*.sql}).
 */
package io.mlgate.bench;
