package io.mlgate.engine.data;

import static io.mlgate.engine.data.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.mlgate.engine.api.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is one line naming the file (and line) and what was expected. */
class BadInputTest extends ScanEngineTest {
    @Test
    void missingFile() {
        Path f = dir.resolve("nope.csv");
        fails(DataSource.of(f.toString())).hasMessage(f + ": no such file or directory");
    }

    @Test
    void unreadableFile() throws Exception {
        Path f = write(dir, "secret.csv", "a\n1\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(f)).as("running as root, which reads any file").isFalse();
        fails(DataSource.of(f.toString())).hasMessage(f + ": cannot be read (permission denied)");
    }

    @Test
    void emptyFile() {
        Path f = write(dir, "empty.csv", "");
        fails(DataSource.of(f.toString())).hasMessage(f + ": is empty (0 bytes); expected a header or data");
    }

    @Test
    void headerOnly() {
        Path f = write(dir, "h.csv", "id,name\n");
        fails(DataSource.of(f.toString())).hasMessage(f + ": has a header but no data rows");
    }

    @Test
    void rowWithTooFewFields() {
        Path f = write(dir, "r.csv", rows(30, 6, "5,n5"));
        fails(DataSource.of(f.toString())).hasMessage(f + ": line 7: found 2 fields, expected 3 like the first line");
    }

    @Test
    void rowWithTooManyFields() {
        Path f = write(dir, "r.csv", rows(30, 12, "11,n11,3.0,extra"));
        fails(DataSource.of(f.toString())).hasMessage(f + ": line 13: found 4 fields, expected 3 like the first line");
    }

    @Test
    void raggedRowInTinyFileWithGivenDelimiter() {
        Path f = write(dir, "r.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        fails(DataSource.of(f.toString()).withCsv(CsvOptions.defaults().withDelimiter(',')))
                .hasMessage(f + ": line 3: found 2 fields, expected 3 like the first line");
    }

    @Test
    void wrongDelimiter() {
        Path f = write(dir, "s.csv", "a;b;c\n1;2;3\n4;5;6\n");
        fails(DataSource.of(f.toString()).withCsv(CsvOptions.defaults().withDelimiter(',')))
                .hasMessage(f + ": with delimiter ',' the header is one column 'a;b;c', which contains ';'; "
                        + "use --delimiter ';'");
    }

    @Test
    void invalidUtf8() {
        byte[] latin1 = rows(30, 8, "7,café,1.0").getBytes(StandardCharsets.ISO_8859_1);
        Path f = write(dir, "l.csv", latin1);
        fails(DataSource.of(f.toString()))
                .hasMessage(f + ": line 9: not valid UTF-8; if the file is Latin-1, use --encoding latin-1");
    }

    @Test
    void utf16BigEndianIsNamed() {
        byte[] body = "a,b\n1,2\n".getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Path f = write(dir, "be.csv", bytes);
        fails(DataSource.of(f.toString()))
                .hasMessage(f + ": is UTF-16 big-endian, which cannot be read; convert it to UTF-8");
    }

    @Test
    void notParquet() {
        Path f = write(dir, "x.parquet", "id,name\n1,a\n");
        fails(DataSource.of(f.toString()))
                .hasMessage(f + ": is not a Parquet file (expected the magic bytes PAR1 at its start and end)");
    }

    @Test
    void malformedJsonLine() {
        Path f = write(dir, "x.jsonl", "{\"a\":1}\n{\"a\":2}\n{\"a\": oops}\n{\"a\":4}\n");
        assertThatThrownBy(() -> engine.register("t", DataSource.of(f.toString())))
                .isInstanceOf(BadInputException.class)
                .hasMessage(f + ": line 3 is not valid JSON (byte 7: unexpected character)")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void valueThatDoesNotFitTheSniffedType() {
        String body = IntStream.range(0, 30000).mapToObj(i -> i + "," + i).collect(Collectors.joining("\n"));
        Path f = write(dir, "c.csv", "id,v\n" + body + "\nx,1\n");
        fails(DataSource.of(f.toString())).hasMessage(f + ": line 30002: column 'id': cannot read 'x' as BIGINT "
                + "(the type sniffed from the first rows)");
    }

    @Test
    void globMatchingNothing() {
        String glob = dir + "/*.csv";
        fails(DataSource.of(glob)).hasMessage(glob + ": no files match this pattern");
    }

    @Test
    void unknownExtension() {
        Path f = write(dir, "x.xlsx", "a\n1\n");
        fails(DataSource.of(f.toString())).hasMessage(f + ": cannot tell the format from the extension; "
                + "set the format to one of: csv, parquet, jsonl");
    }

    @Test
    void differentHeadersAcrossFiles() {
        write(dir, "a.csv", "id,name\n1,x\n");
        Path b = write(dir, "b.csv", "name,id\ny,2\n");
        fails(DataSource.of(dir + "/*.csv")).hasMessage(b + ": line 1: header 'name,id' differs from 'id,name' in "
                + dir.resolve("a.csv"));
    }

    @Test
    void badDatasetName() {
        Path f = write(dir, "ok.csv", "a\n1\n");
        fails("x; drop", DataSource.of(f.toString()))
                .hasMessage("dataset name 'x; drop' must be letters, digits and _ (max 63)");
    }

    /** A CSV of {@code n} rows {@code i,n<i>,<i>.5} with data row {@code badRow} (1-based) replaced. */
    private static String rows(int n, int badRow, String replacement) {
        return "id,name,score\n" + IntStream.rangeClosed(1, n)
                .mapToObj(i -> i == badRow ? replacement : i + ",n" + i + "," + i + ".5")
                .collect(Collectors.joining("\n", "", "\n"));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> fails(DataSource source) {
        return fails("t", source);
    }

    private AbstractThrowableAssert<?, ? extends Throwable> fails(String name, DataSource source) {
        return assertThatThrownBy(() -> engine.register(name, source)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
