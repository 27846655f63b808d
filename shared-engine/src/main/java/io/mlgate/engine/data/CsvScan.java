package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Builds the {@code read_csv} call for a set of CSV files. DuckDB's sniffer cannot tell a dialect from a sample
 * with ragged rows in strict mode, and never names the ragged line, so reading is two-step: sniff the first file
 * leniently (null padding on) with the user's options, then read every file with that dialect fixed
 * ({@code auto_detect=false}, sniffed column types) in strict mode without null padding, which makes DuckDB
 * reject a short or long row with its line number. The column count is that of the first line.
 */
final class CsvScan {
    private static final String CANDIDATES = ",;\t|";

    private CsvScan() {
    }

    static String sql(ScanEngine engine, FileSet set, CsvOptions opts) {
        Path first = set.files().get(0);
        String encoding = InputChecks.encoding(first, opts.encoding());
        for (Path f : set.files()) {
            String e = InputChecks.encoding(f, opts.encoding());
            if (!e.equals(encoding)) {
                throw new BadInputException(f + ": is " + e + " but " + first + " is " + encoding
                        + "; one dataset must use one encoding");
            }
        }
        Sniffed s = sniff(engine, first, opts, encoding);
        CsvFirstLine head = CsvFirstLine.read(first, encoding, s.skip, s.comment);
        int fields = head.fieldCount(s.delim, s.quote.isEmpty() ? null : s.quote.charAt(0));
        List<String> names = s.names.size() > fields ? s.names.subList(0, fields) : s.names;
        if (names.size() == 1) {
            wrongDelimiter(first, head.text(), s.delim, opts.delimiter() != null);
        }
        for (Path f : set.files()) {
            CsvFirstLine h = f.equals(first) ? head : CsvFirstLine.read(f, encoding, s.skip, s.comment);
            if (s.header && h.onlyLine()) {
                throw new BadInputException(f + ": has a header but no data rows");
            }
            if (s.header && !h.text().equals(head.text())) {
                throw new BadInputException(f + ": line " + h.lineNo() + ": header '" + h.text()
                        + "' differs from '" + head.text() + "' in " + first);
            }
        }
        StringJoiner columns = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < names.size(); i++) {
            columns.add(Sql.literal(names.get(i)) + ": " + Sql.literal(s.types.get(i)));
        }
        StringBuilder sql = new StringBuilder("read_csv(").append(Registration.fileList(set.files()))
                .append(", auto_detect=false, delim=").append(Sql.literal(String.valueOf(s.delim)))
                .append(", quote=").append(Sql.literal(s.quote)).append(", escape=").append(Sql.literal(s.escape))
                .append(", comment=").append(Sql.literal(s.comment)).append(", skip=").append(s.skip)
                .append(", header=").append(s.header).append(", columns=").append(columns)
                .append(", encoding=").append(Sql.literal(encoding))
                .append(", strict_mode=true, null_padding=false, hive_partitioning=").append(set.hive());
        if (s.dateFormat != null) {
            sql.append(", dateformat=").append(Sql.literal(s.dateFormat));
        }
        if (s.timestampFormat != null) {
            sql.append(", timestampformat=").append(Sql.literal(s.timestampFormat));
        }
        return sql.append(')').toString();
    }

    /** One column whose header holds another likely delimiter: the delimiter is wrong. */
    private static void wrongDelimiter(Path file, String header, char delim, boolean userSet) {
        for (char c : CANDIDATES.toCharArray()) {
            if (c != delim && header.indexOf(c) >= 0) {
                throw new BadInputException(file + ": with " + (userSet ? "delimiter " : "the detected delimiter ")
                        + CsvOptions.printable(delim) + " the header is one column '" + header
                        + "', which contains " + CsvOptions.printable(c) + "; use --delimiter "
                        + CsvOptions.printable(c));
            }
        }
    }

    private static Sniffed sniff(ScanEngine engine, Path file, CsvOptions opts, String encoding) {
        StringBuilder args = new StringBuilder(Sql.literal(file.toString()))
                .append(", null_padding=true, quote=").append(Sql.literal(String.valueOf(opts.quote())))
                .append(", encoding=").append(Sql.literal(encoding));
        if (opts.delimiter() != null) {
            args.append(", delim=").append(Sql.literal(String.valueOf(opts.delimiter())));
        }
        if (opts.header() != null) {
            args.append(", header=").append(opts.header());
        }
        String q = "SELECT Delimiter, Quote, Escape, Comment, SkipRows, HasHeader, DateFormat, TimestampFormat, "
                + "list_transform(Columns, lambda c: c.name), list_transform(Columns, lambda c: c.type) FROM sniff_csv(" + args
                + ")";
        try {
            return engine.query(q, rs -> {
                rs.next();
                return new Sniffed(rs.getString(1).charAt(0), empty(rs.getString(2)), empty(rs.getString(3)),
                        empty(rs.getString(4)), rs.getInt(5), rs.getBoolean(6), rs.getString(7), rs.getString(8),
                        strings(rs.getArray(9)), strings(rs.getArray(10)));
            });
        } catch (SQLException e) {
            throw ScanErrors.of(e, file.toString());
        }
    }

    private static String empty(String sniffed) {
        return sniffed == null || "(empty)".equals(sniffed) ? "" : sniffed;
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private record Sniffed(char delim, String quote, String escape, String comment, int skip, boolean header,
                           String dateFormat, String timestampFormat, List<String> names, List<String> types) {
    }
}
