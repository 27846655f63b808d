package io.mlgate.engine.drift.data;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.ColumnType;

import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the JSON tree of a saved reference strictly: every field checked, errors name the file and the field. */
final class ReferenceJsonReader {
    private final Path file;

    private ReferenceJsonReader(Path file) {
        this.file = file;
    }

    static MeasuredDataset read(JsonNode root, Path file) {
        return new ReferenceJsonReader(file).dataset(root);
    }

    private MeasuredDataset dataset(JsonNode root) {
        if (!root.isObject() || !ReferenceJson.KIND.equals(root.path("kind").asText())) {
            throw bad("kind", "expected \"" + ReferenceJson.KIND + "\"");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version != ReferenceJson.FORMAT_VERSION) {
            throw bad("formatVersion", "this mlgate reads format version " + ReferenceJson.FORMAT_VERSION + ", the file has "
                    + root.path("formatVersion") + "; save the reference again with this version");
        }
        Instant measured;
        try {
            measured = Instant.parse(text(root, "measured"));
        } catch (DateTimeParseException e) {
            throw bad("measured", "expected an ISO-8601 instant");
        }
        Map<String, String> fingerprints = new LinkedHashMap<>();
        root.path("inputFingerprints").properties().forEach(e -> fingerprints.put(e.getKey(), e.getValue().asText()));
        List<MeasuredColumn> columns = new ArrayList<>();
        JsonNode cols = root.path("columns");
        if (!cols.isArray()) {
            throw bad("columns", "expected a list");
        }
        for (int i = 0; i < cols.size(); i++) {
            columns.add(column(cols.get(i), "columns[" + i + "]"));
        }
        return new MeasuredDataset(text(root, "location"), count(root, "rows", "rows"), fingerprints, columns, measured,
                text(root, "engineVersion"), Optional.of(file));
    }

    private MeasuredColumn column(JsonNode c, String at) {
        String name = text(c, "name");
        ColumnType type;
        try {
            type = ColumnType.valueOf(text(c, "type"));
        } catch (IllegalArgumentException e) {
            throw bad(at + ".type", "unknown column type " + c.path("type"));
        }
        ColumnStats stats = new ColumnStats(count(c, "rows", at), count(c, "nonNull", at),
                c.path("distinct").isNumber() ? c.path("distinct").asLong() : null, dbl(c, "min"), dbl(c, "max"),
                dbl(c, "mean"), dbl(c, "std"));
        NumericCounts numeric = c.has("grid") ? grid(c.get("grid"), at + ".grid") : null;
        CategoryCounts categories = null;
        if (c.has("categories")) {
            Map<String, Long> values = new LinkedHashMap<>();
            c.get("categories").properties().forEach(e -> values.put(e.getKey(), e.getValue().asLong()));
            categories = new CategoryCounts(values);
        }
        return new MeasuredColumn(name, type, text(c, "physicalType"), stats, numeric, categories);
    }

    private NumericCounts grid(JsonNode g, String at) {
        try {
            Grid grid = new Grid(g.path("lo").asDouble(Double.NaN), g.path("hi").asDouble(Double.NaN),
                    g.path("bins").asInt(-1), g.path("pointBins").asBoolean());
            long[] cells = new long[grid.bins() + 2];
            for (JsonNode cell : g.path("cells")) {
                int key = cell.path(0).asInt(Integer.MIN_VALUE);
                if (key < -1 || key > grid.bins()) {
                    throw bad(at + ".cells", "cell key " + cell.path(0) + " outside -1.." + grid.bins());
                }
                cells[key + 1] = cell.path(1).asLong();
            }
            double[] points = new double[grid.bins()];
            java.util.Arrays.fill(points, Double.NaN);
            for (JsonNode p : g.path("points")) {
                int k = p.path(0).asInt(-1);
                if (k < 0 || k >= grid.bins() || !p.path(1).isNumber()) {
                    throw bad(at + ".points", "expected [bin, value] with bin in 0.." + (grid.bins() - 1) + ", got " + p);
                }
                points[k] = p.path(1).asDouble();
            }
            return new NumericCounts(grid, cells, g.path("belowSum").asDouble(), g.path("aboveSum").asDouble(), points);
        } catch (IllegalArgumentException e) {
            throw bad(at, e.getMessage());
        }
    }

    private String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw bad(field, "expected a string");
        }
        return v.asText();
    }

    private long count(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || !v.canConvertToLong() || v.asLong() < 0) {
            throw bad(at + "." + field, "expected a whole number >= 0");
        }
        return v.asLong();
    }

    private static Double dbl(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isNumber() ? null : v.asDouble();
    }

    private BadInputException bad(String field, String message) {
        return new BadInputException(file + ": not a valid drift reference: " + field + ": " + message);
    }
}
