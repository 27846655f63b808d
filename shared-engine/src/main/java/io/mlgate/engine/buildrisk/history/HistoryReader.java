package io.mlgate.engine.buildrisk.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.io.JsonText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a build history from CSV (header row with the {@link HistoryColumns}) or JSON lines (one object per line
 * with those keys). The format comes from the extension ({@code .jsonl}, {@code .ndjson}, {@code .json} are JSON
 * lines, anything else is sniffed: a first character <code>{</code> means JSON lines). Unknown columns, missing
 * columns, bad values and repeated build ids are errors naming the file and line.
 */
public final class HistoryReader {
    private HistoryReader() {
    }

    public static BuildHistory read(Path file) {
        return parse(file.toString(), text(file));
    }

    /** A history held in memory (a file's bytes, an artifact's file), {@code name} standing for its file in messages. */
    public static BuildHistory read(String name, byte[] bytes) {
        return parse(name, utf8(name, bytes));
    }

    private static BuildHistory parse(String name, String text) {
        if (text.isBlank()) {
            throw new BadInputException(name + ": the file is empty; expected a build history (CSV with a header row "
                    + "or JSON lines)");
        }
        boolean jsonLines = namedJsonLines(name) || text.stripLeading().startsWith("{");
        List<HistoryRow> rows = jsonLines ? jsonRows(name, text) : csvRows(name, text, 1);
        if (rows.isEmpty()) {
            throw new BadInputException(name + ": no builds in the file");
        }
        return history(name, rows);
    }

    /** Whether a file of this name is read as JSON lines whatever it holds ({@code .jsonl}, {@code .ndjson}, {@code .json}). */
    static boolean namedJsonLines(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json");
    }

    /**
     * The builds of CSV rows cut from a file under its {@code header} line, the first of them on line
     * {@code firstLine} of the file (their line numbers in messages are the file's); none when the rows are empty.
     */
    static BuildHistory readRows(String name, String header, byte[] rows, int firstLine) {
        return history(name, csvRows(name, header + "\n" + utf8(name, rows), firstLine - 1));
    }

    private static BuildHistory history(String name, List<HistoryRow> rows) {
        List<Build> builds = new ArrayList<>();
        Map<String, Integer> lineOfId = new HashMap<>();
        for (HistoryRow row : rows) {
            Build b = row.toBuild();
            Integer first = lineOfId.putIfAbsent(b.id(), row.line());
            if (first != null) {
                throw new BadInputException(name + ":" + row.line() + ": column 'id': build id '" + b.id()
                        + "' repeats line " + first);
            }
            builds.add(b);
        }
        return new BuildHistory(name, builds);
    }

    /** The rows of CSV {@code text} (a header row first) whose first line is line {@code firstLine} of the file. */
    private static List<HistoryRow> csvRows(String name, String text, int firstLine) {
        List<CsvRecords.Line> lines = CsvRecords.parse(name, text, firstLine);
        List<String> header = lines.get(0).fields().stream().map(String::trim).toList();
        checkColumns(name, lines.get(0).line(), header);
        List<HistoryRow> rows = new ArrayList<>();
        for (CsvRecords.Line l : lines.subList(1, lines.size())) {
            if (l.fields().size() != header.size()) {
                throw new BadInputException(name + ":" + l.line() + ": found " + l.fields().size() + " fields, expected "
                        + header.size() + " (" + String.join(",", header) + ")");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                values.put(header.get(i), l.fields().get(i));
            }
            rows.add(new HistoryRow(name, l.line(), values));
        }
        return rows;
    }

    private static List<HistoryRow> jsonRows(String name, String text) {
        List<HistoryRow> rows = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JsonText.read(lines[i]);
            } catch (JsonProcessingException e) {
                throw new BadInputException(name + ":" + (i + 1) + ": not a JSON object: " + e.getOriginalMessage());
            } catch (IOException e) {
                throw new BadInputException(name + ":" + (i + 1) + ": not a JSON object: " + e.getMessage());
            }
            if (!node.isObject()) {
                throw new BadInputException(name + ":" + (i + 1) + ": expected a JSON object per line");
            }
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            checkColumns(name, i + 1, keys);
            Map<String, String> values = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                JsonNode v = e.getValue();
                if (v.isContainerNode()) {
                    throw new BadInputException(name + ":" + (i + 1) + ": column '" + e.getKey()
                            + "': expected a string or a number, got " + v.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
                }
                values.put(e.getKey(), v.isNull() ? "" : v.asText());
            }
            rows.add(new HistoryRow(name, i + 1, values));
        }
        return rows;
    }

    private static void checkColumns(String name, int line, List<String> columns) {
        for (String c : columns) {
            if (!HistoryColumns.ALL.contains(c)) {
                throw new BadInputException(name + ":" + line + ": unknown column '" + c + "'; history columns are: "
                        + String.join(", ", HistoryColumns.ALL));
            }
        }
        for (String c : HistoryColumns.REQUIRED) {
            if (!columns.contains(c)) {
                throw new BadInputException(name + ":" + line + ": missing column '" + c + "'; required columns are: "
                        + String.join(", ", HistoryColumns.REQUIRED));
            }
        }
        if (new TreeSet<>(columns).size() != columns.size()) {
            throw new BadInputException(name + ":" + line + ": a column name repeats");
        }
    }

    private static String text(Path file) {
        return utf8(file.toString(), bytes(file));
    }

    /** The file's bytes; a missing or unreadable file is bad input naming it. */
    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": file not found");
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read file: " + e.getMessage());
        }
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": not valid UTF-8 text");
        }
    }
}
