/**
 * SQL dialects: how DuckDB and Spark SQL spell identifiers, literals, casts, full regex matches, compound keys and
 * conditional counts. Checks, anomaly metrics and the data package's quoting build SQL only through a
 * {@link io.mlgate.engine.validate.sql.SqlDialect}, so one check definition runs on either engine.
 */
package io.mlgate.engine.validate.sql;
