package io.mlgate.spark;

import io.mlgate.engine.data.ResultRow;
import org.apache.spark.sql.Row;

import java.util.List;

/** A Spark result row as a {@link ResultRow}. */
record SparkResultRow(Row row) implements ResultRow {
    @Override
    public long getLong(int i) {
        return row.getLong(i);
    }

    @Override
    public String getString(int i) {
        return row.isNullAt(i) ? null : row.getString(i);
    }

    @Override
    public Double getDouble(int i) {
        return SparkValues.dbl(row, i);
    }

    @Override
    public List<Object> getList(int i) {
        return row.isNullAt(i) ? List.of() : row.getList(i);
    }
}
