package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The first record line of a CSV file, read in Java from at most the first MiB: enough to count the header's
 * fields, compare headers across files and see whether anything follows the header.
 *
 * @param text     the first line after skipped and comment lines, without its line break
 * @param lineNo   its 1-based line number
 * @param onlyLine whether nothing but blank lines follows it
 */
record CsvFirstLine(String text, int lineNo, boolean onlyLine) {
    private static final int LIMIT = 1 << 20;

    static CsvFirstLine read(Path file, String encoding, int skip, String comment) {
        byte[] bytes;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(LIMIT);
            size = Files.size(file);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        String text = new String(bytes, charset(encoding));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r\n|\n|\r", -1);
        int i = Math.min(skip, lines.length);
        while (i < lines.length && !comment.isEmpty() && lines[i].startsWith(comment)) {
            i++;
        }
        String first = i < lines.length ? lines[i] : "";
        boolean only = size <= LIMIT;
        for (int j = i + 1; only && j < lines.length; j++) {
            only = lines[j].isBlank();
        }
        return new CsvFirstLine(first, i + 1, only);
    }

    /** Fields in this line when split at {@code delimiter} outside {@code quote}s. */
    int fieldCount(char delimiter, Character quote) {
        int fields = 1;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != null && c == quote) {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                fields++;
            }
        }
        return fields;
    }

    private static Charset charset(String encoding) {
        return switch (encoding) {
            case "utf-16" -> StandardCharsets.UTF_16LE;
            case "latin-1" -> StandardCharsets.ISO_8859_1;
            default -> StandardCharsets.UTF_8;
        };
    }
}
