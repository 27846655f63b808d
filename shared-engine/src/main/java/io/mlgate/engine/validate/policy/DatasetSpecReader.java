package io.mlgate.engine.validate.policy;

import io.mlgate.engine.config.Origin;
import io.mlgate.engine.config.YMap;
import io.mlgate.engine.data.CsvOptions;
import io.mlgate.engine.data.DataFormat;
import io.mlgate.engine.data.DataSource;

import java.nio.file.Path;
import java.util.Set;

/** Reads a dataset entry: {@code path}, {@code format}, and the CSV options; relative paths are taken from {@code baseDir}. */
public final class DatasetSpecReader {
    static final Set<String> KEYS = Set.of("path", "format", "delimiter", "header", "quote", "encoding");

    private DatasetSpecReader() {
    }

    public static DatasetSpec read(String name, YMap m, Path baseDir) {
        m.allowOnly(KEYS);
        String path = m.string("path");
        String location = isAbsoluteOrUrl(path) ? path : baseDir.resolve(path).normalize().toString();
        DataFormat format = m.enumOr("format", DataFormat.class, DataFormat.AUTO);
        CsvOptions defaults = CsvOptions.defaults();
        Character delimiter = m.get("delimiter").map(n -> {
            String d = n.asScalar().asString();
            String unescaped = "\\t".equals(d) ? "\t" : d;
            if (unescaped.length() != 1) {
                throw n.error("expected a single character delimiter such as ',', ';', '|' or '\\t'; got '" + d + "'");
            }
            return unescaped.charAt(0);
        }).orElse(defaults.delimiter());
        Boolean header = m.get("header").map(n -> n.asScalar().asBoolean()).orElse(defaults.header());
        char quote = m.get("quote").map(n -> {
            String q = n.asScalar().asString();
            if (q.length() != 1) {
                throw n.error("expected a single quote character; got '" + q + "'");
            }
            return q.charAt(0);
        }).orElse(defaults.quote());
        String encoding = m.get("encoding").map(n -> n.asScalar().asNonEmptyString()).orElse(defaults.encoding());
        try {
            return new DatasetSpec(name, new DataSource(location, format, new CsvOptions(delimiter, header, quote, encoding)),
                    Origin.of(m));
        } catch (IllegalArgumentException e) {
            throw m.error(e.getMessage());
        }
    }

    private static boolean isAbsoluteOrUrl(String path) {
        return path.startsWith("/") || path.contains("://");
    }
}
