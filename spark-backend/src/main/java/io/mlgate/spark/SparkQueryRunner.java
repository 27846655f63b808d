package io.mlgate.spark;

import io.mlgate.engine.validate.QueryException;
import io.mlgate.engine.validate.QueryRunner;
import io.mlgate.engine.validate.sql.SqlDialect;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the validator's Spark SQL in a session; compiling is Spark's eager analysis of {@code spark.sql}. */
final class SparkQueryRunner implements QueryRunner {
    private final SparkSession spark;

    SparkQueryRunner(SparkSession spark) {
        this.spark = spark;
    }

    @Override
    public SqlDialect dialect() {
        return SqlDialect.SPARK;
    }

    @Override
    public List<Object> firstRow(String sql) {
        List<Object> out = new ArrayList<>();
        try {
            List<Row> rows = spark.sql(sql).takeAsList(1);
            if (!rows.isEmpty()) {
                for (int i = 0; i < rows.get(0).size(); i++) {
                    out.add(SparkValues.plain(rows.get(0).get(i)));
                }
            }
            return out;
        } catch (Exception e) {
            throw new QueryException(SparkErrors.firstLine(e), e);
        }
    }

    @Override
    public List<Map<String, Object>> rows(String sql) {
        try {
            return spark.sql(sql).collectAsList().stream().map(SparkValues::byName).toList();
        } catch (Exception e) {
            throw new QueryException(SparkErrors.firstLine(e), e);
        }
    }

    @Override
    public void compile(String sql) {
        try {
            spark.sql(sql).queryExecution().assertAnalyzed();
        } catch (Exception e) {
            throw new QueryException(SparkErrors.firstLine(e), e);
        }
    }
}
