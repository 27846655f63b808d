package io.mlgate.engine.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Engine messages (copied from DuckDB 2.0) become one line; SQL the engine rejects is internal, not bad input. */
class ScanErrorsTest {
    @Test
    void unknownErrorsKeepTheirFirstLineOnly() {
        SQLException e = new SQLException("IO Error: Could not read from file \"a.csv\": Is a directory\n\nLINE 1: x");
        assertThat(ScanErrors.translate(e, "a.csv").getMessage())
                .isEqualTo("a.csv: cannot be read: Could not read from file \"a.csv\": Is a directory");
    }

    @Test
    void parquetMessagesNameTheFile() {
        SQLException e = new SQLException("Invalid Input Error: No magic bytes found at end of file 'x.parquet'");
        assertThat(ScanErrors.translate(e, "other").getMessage()).isEqualTo("x.parquet: is not a Parquet file");
    }

    @Test
    void binderFailuresOfOurOwnSqlAreInternal() {
        SQLException e = new SQLException("Binder Error: No function matches the given name and argument types");
        assertThat(ScanErrors.isInternal(e)).isTrue();
        assertThat(ScanErrors.of(e, "f.csv")).isInstanceOf(IllegalStateException.class);
        assertThat(ScanErrors.isInternal(new SQLException("Invalid Input Error: CSV Error on Line: 3"))).isFalse();
    }
}
