package io.mlgate.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlgate.engine.api.BadInputException;
import org.junit.jupiter.api.Test;

class DataSourceTest {
    @Test
    void ofUsesAutoFormatAndDefaults() {
        DataSource s = DataSource.of("data/*.csv");
        assertThat(s.format()).isEqualTo(DataFormat.AUTO);
        assertThat(s.csv()).isEqualTo(CsvOptions.defaults());
        assertThat(s.csv().quote()).isEqualTo('"');
        assertThat(s.csv().encoding()).isEqualTo("auto");
    }

    @Test
    void equalExactlyWhenEveryComponentIs() {
        DataSource a = new DataSource("d/*.csv", DataFormat.CSV, CsvOptions.defaults());
        DataSource same = new DataSource(new String("d/*.csv"), DataFormat.CSV, CsvOptions.defaults());
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null).isNotEqualTo("d/*.csv");
        assertThat(a).isNotEqualTo(a.withFormat(DataFormat.PARQUET))
                .isNotEqualTo(a.withCsv(CsvOptions.defaults().withEncoding("latin-1")))
                .isNotEqualTo(new DataSource("d/*.tsv", DataFormat.CSV, CsvOptions.defaults()));
        assertThat(a.withCsv(CsvOptions.defaults().withEncoding("latin-1")))
                .isEqualTo(same.withCsv(CsvOptions.defaults().withEncoding("latin-1")))
                .hasSameHashCodeAs(same.withCsv(CsvOptions.defaults().withEncoding("latin-1")));
    }

    @Test
    void blankLocationIsBadInput() {
        assertThatThrownBy(() -> DataSource.of(" ")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("data location is required");
    }

    @Test
    void encodingIsStrict() {
        assertThat(CsvOptions.defaults().withEncoding("UTF-8").encoding()).isEqualTo("utf-8");
        assertThatThrownBy(() -> CsvOptions.defaults().withEncoding("cp1252"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("unknown encoding 'cp1252'; expected one of: auto, utf-8, utf-16, latin-1");
    }

    @Test
    void delimiterCannotBeTheQuote() {
        assertThatThrownBy(() -> new CsvOptions('"', null, '"', "auto")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot be a line break or the quote character");
    }
}
