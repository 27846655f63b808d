package io.mlgate.cli;

import io.mlgate.engine.data.CsvOptions;
import io.mlgate.engine.data.DataFormat;
import io.mlgate.engine.validate.run.InputOptions;
import picocli.CommandLine.Option;

/** How to read data named on the command line: format and CSV options (sniffed when not given). */
public final class InputMixin {
    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Data format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, from the file extension).")
    DataFormat format;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV field delimiter, e.g. ',' ';' '|' or '\\t' (default: sniffed).")
    String delimiter;

    @Option(names = "--header", negatable = true, description = "Whether the CSV has a header row (default: sniffed).")
    Boolean header;

    @Option(names = "--quote", paramLabel = "CHAR", description = "CSV quote character (default: \").")
    Character quote;

    @Option(names = "--encoding", paramLabel = "NAME", description = "Text encoding: auto, utf-8, utf-16 or latin-1 (default: auto).")
    String encoding;

    InputOptions toOptions() {
        CsvOptions d = CsvOptions.defaults();
        Character delim = null;
        if (delimiter != null) {
            String s = "\\t".equals(delimiter) ? "\t" : delimiter;
            if (s.length() != 1) {
                throw new IllegalArgumentException("--delimiter: expected one character such as ',' ';' '|' or '\\t'; got '"
                        + delimiter + "'");
            }
            delim = s.charAt(0);
        }
        return new InputOptions(format, new CsvOptions(delim != null ? delim : d.delimiter(),
                header != null ? header : d.header(), quote != null ? quote : d.quote(),
                encoding != null ? encoding : d.encoding()));
    }
}
