package io.mlgate.engine.validate.policy;

import io.mlgate.engine.validate.Numbers;

import java.util.List;
import java.util.stream.Collectors;

/** Writes a schema as YAML that {@link SchemaReader} reads back, with a header asking for review. */
public final class SchemaWriter {
    private SchemaWriter() {
    }

    public static String toYaml(DataSchema schema, String source) {
        StringBuilder b = new StringBuilder();
        b.append("# mlgate schema inferred from ").append(source).append('\n');
        b.append("# Review it before committing: ranges and allowed values are what this data showed, not what it must be.\n");
        b.append("version: ").append(DataSchema.VERSION).append('\n');
        b.append("columns:\n");
        for (SchemaColumn c : schema.columns()) {
            b.append("  - name: ").append(quote(c.name())).append('\n');
            b.append("    type: ").append(c.type().yamlName()).append('\n');
            b.append("    nullable: ").append(c.nullable()).append('\n');
            if (c.min() != null) {
                b.append("    min: ").append(Numbers.format(c.min())).append('\n');
            }
            if (c.max() != null) {
                b.append("    max: ").append(Numbers.format(c.max())).append('\n');
            }
            if (!c.values().isEmpty()) {
                b.append("    values: ").append(list(c.values())).append('\n');
            }
            if (c.unique()) {
                b.append("    unique: true\n");
            }
            if (!c.environments().isEmpty()) {
                b.append("    environments: ").append(list(c.environments())).append('\n');
            }
        }
        if (!schema.uniqueKeys().isEmpty()) {
            b.append("unique_keys:\n");
            schema.uniqueKeys().forEach(k -> b.append("  - ").append(list(k)).append('\n'));
        }
        return b.toString();
    }

    private static String list(List<String> values) {
        return values.stream().map(SchemaWriter::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A YAML double-quoted scalar: always a string, whatever it looks like. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\x%02x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
