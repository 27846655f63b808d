package io.mlgate.engine.validate.policy;

import io.mlgate.engine.api.ColumnType;
import io.mlgate.engine.config.Origin;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.config.YNode;
import io.mlgate.engine.config.YamlTree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a schema file strictly: {@code version}, {@code columns} (each a mapping) and optional {@code unique_keys}. */
public final class SchemaReader {
    private static final Set<String> COLUMN_KEYS = Set.of("name", "type", "nullable", "min", "max", "values", "unique",
            "environments");

    private SchemaReader() {
    }

    public static DataSchema read(Path file) {
        YMap root = YamlTree.parseFile(file).allowOnly(Set.of("version", "columns", "unique_keys"));
        long version = root.required("version").asScalar().asLong();
        if (version != DataSchema.VERSION) {
            throw root.required("version").error("unsupported schema version " + version + "; expected " + DataSchema.VERSION);
        }
        List<SchemaColumn> columns = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (YNode n : root.required("columns").asList().nonEmpty().items()) {
            SchemaColumn c = column(n.asMap());
            if (!names.add(c.name())) {
                throw n.error("column '" + c.name() + "' is declared twice");
            }
            columns.add(c);
        }
        List<List<String>> keys = new ArrayList<>();
        root.optList("unique_keys").ifPresent(l -> l.items().forEach(k -> {
            List<String> key = k.asList().nonEmpty().strings();
            for (String col : key) {
                if (!names.contains(col)) {
                    throw k.error("unique key column '" + col + "' is not declared under columns");
                }
            }
            keys.add(key);
        }));
        return new DataSchema(columns, keys, file.toString());
    }

    private static SchemaColumn column(YMap m) {
        m.allowOnly(COLUMN_KEYS);
        String name = m.string("name");
        ColumnType type = m.required("type").asScalar().asEnum(ColumnType.class);
        Double min = m.optDouble("min").orElse(null);
        Double max = m.optDouble("max").orElse(null);
        if ((min != null || max != null) && !type.isNumeric()) {
            throw m.error("min/max apply to numeric columns; '" + name + "' is " + type.yamlName());
        }
        if (min != null && max != null && min > max) {
            throw m.required("min").error("min " + min + " is greater than max " + max);
        }
        List<String> values = m.optList("values").map(l -> l.nonEmpty().strings()).orElse(List.of());
        List<String> envs = m.optList("environments").map(l -> l.nonEmpty().strings()).orElse(List.of());
        return new SchemaColumn(name, type, m.boolOr("nullable", true), min, max, values, m.boolOr("unique", false), envs,
                Origin.of(m));
    }
}
