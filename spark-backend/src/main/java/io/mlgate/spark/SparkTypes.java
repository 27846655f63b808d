package io.mlgate.spark;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.data.ColumnInfo;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.TimestampNTZType;

import java.util.ArrayList;
import java.util.List;

/** Spark SQL types as mlgate columns: the physical type is Spark's SQL name ({@code INT}, {@code DECIMAL(10,2)}). */
final class SparkTypes {
    private SparkTypes() {
    }

    static List<ColumnInfo> columns(StructType schema) {
        List<ColumnInfo> out = new ArrayList<>();
        for (StructField f : schema.fields()) {
            out.add(new ColumnInfo(f.name(), type(f.dataType()), f.dataType().sql()));
        }
        return out;
    }

    /** The logical type; Spark's names are SQL names that {@link ColumnType#fromSqlType} knows, except NTZ. */
    static ColumnType type(DataType t) {
        if (t instanceof TimestampNTZType) {
            return ColumnType.TIMESTAMP;
        }
        return ColumnType.fromSqlType(t.sql());
    }
}
