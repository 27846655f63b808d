package io.mlgate.engine.data;

import io.mlgate.engine.api.ColumnType;
import java.util.Objects;

/**
 * One column of a registered dataset.
 *
 * @param name         column name as the file spells it
 * @param type         logical type
 * @param physicalType the scan engine's type, e.g. {@code BIGINT}, {@code DECIMAL(10,2)}
 */
public record ColumnInfo(String name, ColumnType type, String physicalType) {
    public ColumnInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(physicalType, "physicalType");
    }

    /** A column of the given scan-engine type, its logical type derived from it. */
    public static ColumnInfo of(String name, String physicalType) {
        return new ColumnInfo(name, ColumnType.fromSqlType(physicalType), physicalType);
    }

    /** The quoted identifier to use in SQL. */
    public String sql() {
        return Sql.ident(name);
    }
}
