package io.mlgate.spark;

import org.apache.spark.sql.Row;
import scala.collection.JavaConverters;
import scala.collection.Seq;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Spark result values as the plain Java values the validator and reports read. */
final class SparkValues {
    private SparkValues() {
    }

    /** Numbers, strings, booleans and dates as they are; Scala sequences as lists; structs as maps. */
    static Object plain(Object v) {
        if (v instanceof Seq<?> seq) {
            List<Object> out = new ArrayList<>();
            JavaConverters.seqAsJavaList(seq).forEach(x -> out.add(plain(x)));
            return out;
        }
        if (v instanceof Row row) {
            return byName(row);
        }
        return v;
    }

    /** A row as column name to plain value, in column order. */
    static Map<String, Object> byName(Row row) {
        Map<String, Object> out = new LinkedHashMap<>();
        String[] names = row.schema().fieldNames();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], plain(row.get(i)));
        }
        return out;
    }

    /** A nullable double column of a result row. */
    static Double dbl(Row row, int i) {
        return row.isNullAt(i) ? null : ((Number) row.get(i)).doubleValue();
    }

    /** A nullable integer column of a result row. */
    static Integer integer(Row row, int i) {
        return row.isNullAt(i) ? null : ((Number) row.get(i)).intValue();
    }
}
