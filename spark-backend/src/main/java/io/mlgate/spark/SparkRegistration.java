package io.mlgate.spark;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.data.CsvOptions;
import io.mlgate.engine.data.DataFormat;
import io.mlgate.engine.data.DataSource;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.validate.sql.SqlDialect;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Registers a dataset as a temporary view: decides the format (from the location's extension, else from the first
 * file below it), reads Parquet or CSV with Spark's own reader, and records columns, row count (for CSV only when
 * asked: a pass of its own) and fingerprints.
 * CSV is read with a header and {@code ,} unless the options say otherwise (Spark does not sniff them), types are
 * inferred from every row, and a row that does not fit them fails the run ({@code FAILFAST}).
 */
final class SparkRegistration {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private final SparkSession spark;
    private final String name;
    private final DataSource source;
    private final boolean countRows;

    /** {@code countRows}: count CSV rows now (one more pass); Parquet is counted from its footers anyway. */
    SparkRegistration(SparkSession spark, String name, DataSource source, boolean countRows) {
        this.spark = spark;
        this.name = name;
        this.source = source;
        this.countRows = countRows;
    }

    Dataset run() {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new BadInputException("dataset name '" + name + "' must be letters, digits and _ (max 63)");
        }
        String location = source.location();
        SparkFiles files = new SparkFiles(spark, location);
        DataFormat format = source.format() != DataFormat.AUTO ? source.format() : files.format();
        try {
            org.apache.spark.sql.Dataset<Row> df = switch (format) {
                case CSV -> csv(spark.read(), source.csv()).csv(location);
                case PARQUET -> spark.read().option("mergeSchema", "true").parquet(location);
                case JSONL, AUTO -> throw new BadInputException(location + ": the spark engine reads csv and parquet, "
                        + "not " + format.cliName() + "; use --engine duckdb for JSON lines");
            };
            df.createOrReplaceTempView(name);
            long rows = countRows || format == DataFormat.PARQUET ? df.count() : -1;
            return Dataset.of(SqlDialect.SPARK, name, source, SparkTypes.columns(df.schema()), rows,
                    files.fingerprints(df.inputFiles()));
        } catch (BadInputException e) {
            throw e;
        } catch (Exception e) {
            throw SparkErrors.badInput(e, location);
        }
    }

    private static DataFrameReader csv(DataFrameReader r, CsvOptions o) {
        return r.option("header", Optional.ofNullable(o.header()).orElse(true))
                .option("sep", String.valueOf(Optional.ofNullable(o.delimiter()).orElse(',')))
                .option("quote", String.valueOf(o.quote()))
                .option("escape", String.valueOf(o.quote()))
                .option("encoding", switch (o.encoding()) {
                    case "utf-16" -> "UTF-16LE";
                    case "latin-1" -> "ISO-8859-1";
                    default -> "UTF-8";
                })
                .option("inferSchema", true)
                .option("mode", "FAILFAST");
    }
}
