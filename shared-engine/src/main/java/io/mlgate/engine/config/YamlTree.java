package io.mlgate.engine.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.mlgate.engine.api.BadInputException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a YAML document into a {@link YNode} tree that keeps every node's line and column. Duplicate keys,
 * non-string keys, anchors with merge keys and more than one document are rejected with the position.
 */
public final class YamlTree {
    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlTree() {
    }

    /** Reads {@code file}; errors name it as {@code displayName} (the path the user wrote). */
    public static YMap parseFile(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(name + ": file not found");
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read file: " + e.getMessage());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new BadInputException(name + ": not valid UTF-8 text");
        }
        return parse(name, text);
    }

    public static YMap parse(String name, String text) {
        if (text.isBlank()) {
            throw new BadInputException(name + ":1:1: the file is empty; expected a YAML mapping");
        }
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BadInputException(name + ":1:1: the file holds no YAML document; expected a mapping");
            }
            YNode root = read(p, name, "");
            if (p.nextToken() != null) {
                throw new BadInputException(name + ":" + line(p) + ": expected one YAML document, found more");
            }
            return root.asMap();
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? "" : loc.getLineNr() + ":" + loc.getColumnNr() + ":";
            throw new BadInputException(name + ":" + where + " not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot read YAML: " + firstLine(e.getMessage()));
        }
    }

    private static YNode read(YAMLParser p, String file, String path) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, YNode> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = p.currentTokenLocation().getLineNr();
                    if (entries.containsKey(key)) {
                        throw new BadInputException(file + ":" + keyLine + ":" + p.currentTokenLocation().getColumnNr()
                                + ": " + join(path, key) + ": duplicate key '" + key + "'");
                    }
                    p.nextToken();
                    entries.put(key, read(p, file, join(path, key)));
                }
                return new YMap(file, line, col, path, entries);
            }
            case START_ARRAY -> {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p, file, path + "[" + items.size() + "]"));
                }
                return new YList(file, line, col, path, items);
            }
            case VALUE_NULL -> {
                return new YScalar(file, line, col, path, "", false, true);
            }
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> {
                // Jackson resolves plain scalars: numbers and true/false arrive typed, everything else (quoted or not) as a string
                boolean quoted = t == JsonToken.VALUE_STRING;
                return new YScalar(file, line, col, path, p.getText(), quoted, false);
            }
            default -> throw new BadInputException(file + ":" + line + ":" + col + ": " + path
                    + ": unsupported YAML construct " + t);
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "syntax error";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
