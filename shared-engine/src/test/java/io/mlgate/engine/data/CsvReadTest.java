package io.mlgate.engine.data;

import static io.mlgate.engine.data.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.mlgate.engine.api.ColumnType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReadTest extends ScanEngineTest {
    @Test
    void sniffsDialectAndTypes() {
        Path f = write(dir, "t.csv", "id,name,score,day\n1,ann,1.5,2024-01-02\n2,\"b, c\",2.5,2024-01-03\n");
        Dataset ds = engine.register("t", DataSource.of(f.toString()));
        assertThat(ds.columns()).extracting(ColumnInfo::name).containsExactly("id", "name", "score", "day");
        assertThat(ds.columns()).extracting(ColumnInfo::type)
                .containsExactly(ColumnType.INTEGER, ColumnType.STRING, ColumnType.DOUBLE, ColumnType.DATE);
        assertThat(ds.rowCount()).isEqualTo(2);
        assertThat(ds.relation()).isEqualTo("\"t\"");
        assertThat(ds.files()).containsExactly(f);
        assertThat(ds.column("name")).map(ColumnInfo::physicalType).contains("VARCHAR");
        assertThat(ds.fingerprints()).containsOnlyKeys(f.toString());
        assertThat(ds.fingerprints().get(f.toString())).startsWith("sha256:");
        assertThat(strings("SELECT name FROM " + ds.relation() + " ORDER BY id")).containsExactly("ann", "b, c");
    }

    @Test
    void honoursDelimiterHeaderAndQuote() {
        Path f = write(dir, "t.txt", "1;'x;y'\n2;z\n");
        CsvOptions o = CsvOptions.defaults().withDelimiter(';').withHeader(false).withQuote('\'');
        Dataset ds = engine.register("t", DataSource.of(f.toString()).withCsv(o));
        assertThat(ds.columns()).hasSize(2);
        assertThat(ds.rowCount()).isEqualTo(2);
        assertThat(strings("SELECT column1 FROM t ORDER BY column0")).containsExactly("x;y", "z");
    }

    @Test
    void sniffsTabsInTsv() {
        Path f = write(dir, "t.tsv", "a\tb\r\n1\tx\r\n2\ty\r\n");
        Dataset ds = engine.register("t", DataSource.of(f.toString()));
        assertThat(ds.columns()).extracting(ColumnInfo::name).containsExactly("a", "b");
    }

    @Test
    void readsUtf8WithBom() {
        Path f = write(dir, "bom.csv", "\uFEFFname,n\ncafé,1\n");
        Dataset ds = engine.register("t", DataSource.of(f.toString()));
        assertThat(ds.columns()).extracting(ColumnInfo::name).containsExactly("name", "n");
        assertThat(strings("SELECT name FROM t")).containsExactly("café");
    }

    @Test
    void readsUtf16WithBom() {
        byte[] body = "name,n\ncafé,1\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Path f = write(dir, "u16.csv", withBom);
        Dataset ds = engine.register("t", DataSource.of(f.toString()));
        assertThat(strings("SELECT name FROM t")).containsExactly("café");
    }

    @Test
    void readsLatin1WhenAsked() {
        Path f = write(dir, "l1.csv", "name,n\ncafé,1\n".getBytes(StandardCharsets.ISO_8859_1));
        Dataset ds = engine.register("t", DataSource.of(f.toString())
                .withCsv(CsvOptions.defaults().withEncoding("latin-1")));
        assertThat(strings("SELECT name FROM " + ds.relation())).containsExactly("café");
    }

    private List<String> strings(String sql) {
        try (Statement s = engine.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
