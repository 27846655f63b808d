package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated fields, double quotes around fields that hold commas, quotes or line breaks, a quote
 * inside a quoted field doubled. Each record remembers the line it started on, for error messages.
 */
final class CsvRecords {
    /** One record and the 1-based line it starts on. */
    record Line(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    static List<Line> parse(String file, String text) {
        List<Line> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"') {
                if (field.length() > 0 || fieldWasQuoted) {
                    throw new BadInputException(file + ":" + line + ": a quote inside an unquoted field; quote the "
                            + "whole field and double the quote");
                }
                quoted = true;
                fieldWasQuoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                fieldWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                if (!(fields.size() == 1 && fields.get(0).isEmpty() && !fieldWasQuoted)) {
                    out.add(new Line(recordLine, List.copyOf(fields)));
                }
                fields.clear();
                field.setLength(0);
                fieldWasQuoted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new BadInputException(file + ":" + recordLine + ": a quoted field is not closed");
        }
        if (field.length() > 0 || !fields.isEmpty() || fieldWasQuoted) {
            fields.add(field.toString());
            out.add(new Line(recordLine, List.copyOf(fields)));
        }
        return out;
    }

    /** A field written so that {@link #parse} reads it back unchanged. */
    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
