package io.mlgate.engine.validate.run;

import io.mlgate.engine.data.CsvOptions;
import io.mlgate.engine.data.DataFormat;
import io.mlgate.engine.data.DataSource;

import java.util.Objects;

/** How to read a dataset named on the command line: its format and CSV options. */
public record InputOptions(DataFormat format, CsvOptions csv) {
    public InputOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(csv, "csv");
    }

    public static InputOptions defaults() {
        return new InputOptions(DataFormat.AUTO, CsvOptions.defaults());
    }

    public DataSource source(String location) {
        return new DataSource(location, format, csv);
    }
}
