package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.testing.Files2;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ScanEngine#registerUnread}: text files are not read through at registration; Parquet is still counted. */
class RegisterUnreadTest extends ScanEngineTest {

    @Test
    void csvRowsAreLeftToTheFirstScan() {
        Path f = Files2.write(dir, "d.csv", "a,b", "1,2", "3,4,5");
        Dataset ds = engine.registerUnread("d", DataSource.of(f.toString()));
        assertThat(ds.rowsRead()).isFalse();
        assertThat(ds.rowCount()).isEqualTo(-1);
        assertThat(ds.columns()).extracting(ColumnInfo::name).containsExactly("a", "b");
        assertThatThrownBy(() -> engine.register("e", DataSource.of(f.toString()))).isInstanceOf(BadInputException.class)
                .hasMessage(f + ": line 3: found 3 fields, expected 2 like the first line");
    }

    @Test
    void whatRegistrationChecksWithoutReadingRowsStillFails() {
        Path headerOnly = Files2.write(dir, "h.csv", "a,b");
        assertThatThrownBy(() -> engine.registerUnread("h", DataSource.of(headerOnly.toString())))
                .isInstanceOf(BadInputException.class).hasMessage(headerOnly + ": has a header but no data rows");
    }

    @Test
    void parquetIsCountedFromItsFooters() {
        Path p = TestFiles.parquet(engine, dir, "p.parquet", "SELECT range AS x FROM range(5)");
        Dataset ds = engine.registerUnread("p", DataSource.of(p.toString()));
        assertThat(ds.rowsRead()).isTrue();
        assertThat(ds.rowCount()).isEqualTo(5);
    }
}
