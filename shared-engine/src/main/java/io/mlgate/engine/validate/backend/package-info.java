/**
 * The engines a data command runs on. A {@link io.mlgate.engine.validate.backend.Backend} registers datasets,
 * profiles them and runs the validator's SQL; {@link io.mlgate.engine.validate.backend.Backends} opens embedded
 * DuckDB (the default) or finds another engine, such as Spark in the spark-backend jar, through a
 * {@link io.mlgate.engine.validate.backend.BackendProvider} service.
 */
package io.mlgate.engine.validate.backend;
