package io.mlgate.engine.model;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.data.ColumnInfo;
import io.mlgate.engine.data.Dataset;
import io.mlgate.engine.data.ScanEngine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads the requested columns of a registered dataset into a {@link Table} in one scan. Column types come from the
 * scan engine; a missing column or a type that cannot serve the column's role is a one-line {@link BadInputException}.
 */
public final class TableReader {
    private TableReader() {
    }

    public static Table read(ScanEngine engine, Dataset data, List<ColumnRequest> requests) {
        String where = data.source().location();
        if (data.rowCount() == 0) {
            throw new BadInputException(where + ": has no rows; a model needs at least one row to be judged");
        }
        if (data.rowCount() > Integer.MAX_VALUE - 8) {
            throw new BadInputException(where + ": has " + data.rowCount() + " rows, more than one table can hold");
        }
        Map<String, ColumnRequest> unique = new LinkedHashMap<>();
        requests.forEach(r -> unique.putIfAbsent(r.name(), r));
        List<Boolean> numeric = new ArrayList<>();
        StringJoiner select = new StringJoiner(", ", "SELECT ", " FROM " + data.relation());
        for (ColumnRequest r : unique.values()) {
            ColumnInfo info = data.column(r.name()).orElseThrow(() -> new BadInputException(where + ": has no column '"
                    + r.name() + "' (" + r.role() + "); columns: "
                    + String.join(", ", data.columns().stream().map(ColumnInfo::name).toList())));
            boolean num = numeric(info, r, where);
            numeric.add(num);
            select.add(num ? "CAST(" + info.sql() + " AS DOUBLE)" : "CAST(" + info.sql() + " AS VARCHAR)");
        }
        int n = (int) data.rowCount();
        List<ColumnRequest> order = new ArrayList<>(unique.values());
        double[][] nums = new double[order.size()][];
        int[][] codes = new int[order.size()][];
        List<Map<String, Integer>> dicts = new ArrayList<>();
        for (int c = 0; c < order.size(); c++) {
            if (numeric.get(c)) {
                nums[c] = new double[n];
            } else {
                codes[c] = new int[n];
            }
            dicts.add(new HashMap<>());
        }
        try (Statement s = engine.connection().createStatement(); ResultSet rs = s.executeQuery(select.toString())) {
            int row = 0;
            while (rs.next()) {
                if (row >= n) {
                    throw new BadInputException(where + ": changed while it was read (more rows than counted)");
                }
                for (int c = 0; c < order.size(); c++) {
                    if (nums[c] != null) {
                        double v = rs.getDouble(c + 1);
                        nums[c][row] = rs.wasNull() || !Double.isFinite(v) ? Double.NaN : v;
                    } else {
                        String v = rs.getString(c + 1);
                        Map<String, Integer> d = dicts.get(c);
                        codes[c][row] = v == null ? -1 : d.computeIfAbsent(v, k -> d.size());
                    }
                }
                row++;
            }
            if (row != n) {
                throw new BadInputException(where + ": changed while it was read (" + row + " rows, counted " + n + ")");
            }
        } catch (SQLException e) {
            throw new BadInputException(where + ": cannot read model columns: " + firstLine(e.getMessage()), e);
        }
        Map<String, Column> cols = new LinkedHashMap<>();
        for (int c = 0; c < order.size(); c++) {
            String name = order.get(c).name();
            cols.put(name, nums[c] != null ? new NumericColumn(name, nums[c])
                    : new CategoricalColumn(name, codes[c], levels(dicts.get(c))));
        }
        return new Table(where, n, cols);
    }

    private static boolean numeric(ColumnInfo info, ColumnRequest r, String where) {
        ColumnType t = info.type();
        boolean number = t.isNumeric() || t == ColumnType.BOOLEAN;
        return switch (r.readAs()) {
            case TEXT -> false;
            case AUTO -> number;
            case NUMBER -> {
                if (!number) {
                    throw new BadInputException(where + ": column '" + r.name() + "' (" + r.role() + ") holds "
                            + info.physicalType() + " values; expected numbers");
                }
                yield true;
            }
            case FEATURE -> {
                if (!number && t != ColumnType.STRING) {
                    throw new BadInputException(where + ": column '" + r.name() + "' (" + r.role() + ") holds "
                            + info.physicalType() + " values, which a model cannot read; use numbers, booleans or "
                            + "text, or leave it out of the features");
                }
                yield number;
            }
        };
    }

    private static List<String> levels(Map<String, Integer> dict) {
        String[] out = new String[dict.size()];
        dict.forEach((k, v) -> out[v] = k);
        return List.of(out);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
