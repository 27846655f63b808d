package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma-separated fields, double quotes around fields that hold commas, quotes or line breaks, a quote
 * inside a quoted field doubled. Each record remembers the line it started on, for error messages.
 */
public final class CsvRecords {
    /** One record and the 1-based line it starts on. */
    record Line(int line, List<String> fields) {
    }

    private CsvRecords() {
    }

    static List<Line> parse(String file, String text) {
        return parse(file, text, 1);
    }

    /** The records of {@code text}, whose first line is line {@code firstLine} of {@code file}. */
    static List<Line> parse(String file, String text, int firstLine) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        if (text.indexOf('"') < 0 && text.indexOf('\r') < 0) {
            return unquoted(text, start, firstLine);
        }
        List<Line> out = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = firstLine;
        int recordLine = firstLine;
        boolean quoted = false;
        boolean fieldWasQuoted = false;
        for (int i = start; i < text.length(); i++) {
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

    /**
     * What {@link #parse} reads from a text with no quotes and no carriage returns (a canonical history): each
     * non-empty line split at its commas.
     */
    private static List<Line> unquoted(String text, int start, int firstLine) {
        List<Line> out = new ArrayList<>();
        int line = firstLine;
        for (int i = start; i < text.length(); line++) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            if (end > i) {
                List<String> fields = new ArrayList<>();
                int from = i;
                for (int comma = text.indexOf(',', from); comma >= 0 && comma < end; comma = text.indexOf(',', from)) {
                    fields.add(text.substring(from, comma));
                    from = comma + 1;
                }
                fields.add(text.substring(from, end));
                out.add(new Line(line, List.copyOf(fields)));
            }
            i = end + 1;
        }
        return out;
    }

    /** A field written so that {@link #parse} reads it back unchanged. */
    public static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
