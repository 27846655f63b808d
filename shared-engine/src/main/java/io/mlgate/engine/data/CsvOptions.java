package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import java.util.List;
import java.util.Locale;

/**
 * How to read CSV files. {@code null} delimiter or header means "let the scan engine sniff it".
 *
 * @param delimiter field separator, or {@code null} to sniff
 * @param header    whether the first line names the columns, or {@code null} to sniff
 * @param quote     quote character (default {@code "})
 * @param encoding  {@code auto} (a UTF-8 or UTF-16LE byte-order mark decides, else UTF-8), {@code utf-8},
 *                  {@code utf-16} or {@code latin-1}
 */
public record CsvOptions(Character delimiter, Boolean header, char quote, String encoding) {
    /** The encodings the scan engine can read. */
    public static final List<String> ENCODINGS = List.of("auto", "utf-8", "utf-16", "latin-1");

    public CsvOptions {
        encoding = encoding == null ? "auto" : encoding.trim().toLowerCase(Locale.ROOT);
        if (!ENCODINGS.contains(encoding)) {
            throw new BadInputException("unknown encoding '" + encoding + "'; expected one of: "
                    + String.join(", ", ENCODINGS));
        }
        if (delimiter != null && (delimiter == '\n' || delimiter == '\r' || delimiter == quote)) {
            throw new BadInputException("CSV delimiter " + printable(delimiter)
                    + " cannot be a line break or the quote character");
        }
        if (quote == '\n' || quote == '\r') {
            throw new BadInputException("CSV quote character cannot be a line break");
        }
    }

    /** Sniffed delimiter and header, {@code "} quotes, encoding {@code auto}. */
    public static CsvOptions defaults() {
        return new CsvOptions(null, null, '"', "auto");
    }

    public CsvOptions withDelimiter(Character d) {
        return new CsvOptions(d, header, quote, encoding);
    }

    public CsvOptions withHeader(Boolean h) {
        return new CsvOptions(delimiter, h, quote, encoding);
    }

    public CsvOptions withQuote(char q) {
        return new CsvOptions(delimiter, header, q, encoding);
    }

    public CsvOptions withEncoding(String e) {
        return new CsvOptions(delimiter, header, quote, e);
    }

    /** A character as a user would type it: {@code ','}, {@code '\t'}. */
    static String printable(char c) {
        return c == '\t' ? "'\\t'" : "'" + c + "'";
    }
}
