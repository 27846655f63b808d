package io.mlgate.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlgate.engine.api.BadInputException;
import org.junit.jupiter.api.Test;

class DataFormatTest {
    @Test
    void parsesCaseInsensitively() {
        assertThat(DataFormat.parse("CSV")).isEqualTo(DataFormat.CSV);
        assertThat(DataFormat.parse(" parquet ")).isEqualTo(DataFormat.PARQUET);
        assertThat(DataFormat.parse("jsonl")).isEqualTo(DataFormat.JSONL);
        assertThat(DataFormat.parse("auto")).isEqualTo(DataFormat.AUTO);
    }

    @Test
    void rejectsUnknownWithAllowedValues() {
        assertThatThrownBy(() -> DataFormat.parse("xlsx"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("unknown data format 'xlsx'; expected one of: auto, csv, parquet, jsonl");
    }

    @Test
    void detectsFromExtension() {
        assertThat(DataFormat.fromFileName("a.CSV")).contains(DataFormat.CSV);
        assertThat(DataFormat.fromFileName("a.tsv")).contains(DataFormat.CSV);
        assertThat(DataFormat.fromFileName("a.txt")).contains(DataFormat.CSV);
        assertThat(DataFormat.fromFileName("a.parquet")).contains(DataFormat.PARQUET);
        assertThat(DataFormat.fromFileName("a.ndjson")).contains(DataFormat.JSONL);
        assertThat(DataFormat.fromFileName("a.json")).contains(DataFormat.JSONL);
        assertThat(DataFormat.fromFileName("a.xlsx")).isEmpty();
    }
}
