package io.mlgate.engine.drift.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.io.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A saved drift reference: the measured reference as one JSON document whose first field is
 * {@code "kind": "mlgate-drift-reference"} (that is how {@code --reference} tells it from a data file), then
 * {@code formatVersion}, where and when it was measured, and per column its statistics, its grid with the non-empty
 * cells as {@code [key, count]} pairs (key −1 the lower tail, {@code bins} the upper) and the bins known to hold a
 * single value as {@code [bin, value]} pairs, and its value counts.
 * See {@code docs/drift.md}.
 */
public final class ReferenceJson {
    public static final String KIND = "mlgate-drift-reference";
    public static final int FORMAT_VERSION = 1;
    /**
     * Made on first use, not with the class: {@link #isReference}, which every drift run asks of its reference
     * before anything else, would otherwise start Jackson's databind (about 0.1 s on the main thread of a fresh
     * JVM) for data files that are not references at all.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private ReferenceJson() {
    }

    /** Whether {@code location} names a saved reference: a regular file whose JSON starts with the kind field. */
    public static boolean isReference(String location) {
        Path p;
        try {
            p = Path.of(location);
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(p); JsonParser parser = new JsonFactory().createParser(in)) {
            return parser.nextToken() == JsonToken.START_OBJECT && parser.nextToken() == JsonToken.FIELD_NAME
                    && "kind".equals(parser.currentName()) && parser.nextToken() == JsonToken.VALUE_STRING
                    && KIND.equals(parser.getText());
        } catch (IOException e) {
            return false;
        }
    }

    public static void write(MeasuredDataset d, Path file) {
        AtomicFiles.writeString(file, toJson(d));
    }

    public static String toJson(MeasuredDataset d) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("kind", KIND);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("engineVersion", d.engineVersion());
        root.put("measured", d.measured().toString());
        root.put("location", d.location());
        root.put("rows", d.rows());
        ObjectNode fp = root.putObject("inputFingerprints");
        new java.util.TreeMap<>(d.fingerprints()).forEach(fp::put);
        ArrayNode columns = root.putArray("columns");
        d.columns().forEach(c -> columns.add(column(c)));
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the drift reference: " + e.getMessage(), e);
        }
    }

    private static ObjectNode column(MeasuredColumn c) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("name", c.name());
        o.put("type", c.type().name());
        o.put("physicalType", c.physicalType());
        ColumnStats s = c.stats();
        o.put("rows", s.rows());
        o.put("nonNull", s.nonNull());
        o.put("distinct", s.distinct());
        o.put("min", s.min());
        o.put("max", s.max());
        o.put("mean", s.mean());
        o.put("std", s.std());
        if (c.numeric() != null) {
            NumericCounts n = c.numeric();
            ObjectNode g = o.putObject("grid");
            g.put("lo", n.grid().lo());
            g.put("hi", n.grid().hi());
            g.put("bins", n.grid().bins());
            g.put("pointBins", n.grid().pointBins());
            g.put("belowSum", n.belowSum());
            g.put("aboveSum", n.aboveSum());
            ArrayNode cells = g.putArray("cells");
            long[] counts = n.cells();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    cells.addArray().add(i - 1).add(counts[i]);
                }
            }
            ArrayNode points = g.putArray("points");
            double[] p = n.points();
            for (int k = 0; k < p.length; k++) {
                if (!Double.isNaN(p[k])) {
                    points.addArray().add(k).add(p[k]);
                }
            }
        }
        if (c.categories() != null) {
            ObjectNode values = o.putObject("categories");
            c.categories().counts().forEach(values::put);
        }
        return o;
    }

    /** Reads a saved reference; any defect is a one-line {@link BadInputException} naming the file. */
    public static MeasuredDataset read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new BadInputException(file + ": not a readable drift reference: " + firstLine(e.getMessage()));
        }
        return ReferenceJsonReader.read(root, file);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
