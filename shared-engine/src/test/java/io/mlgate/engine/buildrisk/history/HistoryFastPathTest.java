package io.mlgate.engine.buildrisk.history;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The history reader's fast paths (unquoted CSV, canonical UTC times) read what the general paths read. */
class HistoryFastPathTest {
    @Test
    void canonicalTimesAreInstantParsesAndEverythingElseIsLeftToIt() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextLong(-62_000_000_000L, 253_000_000_000L));
            String v = t.toString();
            if (v.length() == 20) {
                assertThat(UtcTimes.canonical(v)).as(v).contains(t);
            }
        }
        for (String bad : new String[]{"2019-02-29T00:00:00Z", "2019-13-01T00:00:00Z", "2019-01-01T24:00:00Z",
                "2019-01-01T23:60:00Z", "2016-12-31T23:59:60Z", "2019-01-01T00:00:00+01:00", "2019-01-01 00:00:00Z",
                "2019-1-01T00:00:00Z0", "20x9-01-01T00:00:00Z", "2019-01-01T00:00:00.5Z"}) {
            assertThat(UtcTimes.canonical(bad)).as(bad).isEmpty();
        }
        assertThat(UtcTimes.canonical("2020-02-29T12:34:56Z")).contains(Instant.parse("2020-02-29T12:34:56Z"));
        assertThatThrownBy(() -> Instant.parse("2019-02-29T00:00:00Z")).isInstanceOf(DateTimeParseException.class);
    }

    @Test
    void unquotedCsvSplitsAsTheQuoteAwareParserDoes() {
        Random r = new Random(11);
        String[] cells = {"", "a", "passed", "2019-01-04T13:58:14Z", " x y ", "12", "é"};
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder(r.nextBoolean() ? "\uFEFF" : "");
            int lines = r.nextInt(6);
            for (int l = 0; l < lines; l++) {
                int fields = r.nextInt(4);
                for (int f = 0; f <= fields; f++) {
                    text.append(f == 0 ? "" : ",").append(cells[r.nextInt(cells.length)]);
                }
                if (l < lines - 1 || r.nextBoolean()) {
                    text.append('\n');
                }
            }
            String lf = text.toString();
            // a carriage return sends the text through the quote-aware parser; CRLF ends a record as LF does
            String crlf = lf.replace("\n", "\r\n");
            assertThat(CsvRecords.parse("t", lf)).as(lf).isEqualTo(CsvRecords.parse("t", crlf));
        }
        assertThat(CsvRecords.parse("t", "a,b\n\nc\n")).containsExactly(
                new CsvRecords.Line(1, java.util.List.of("a", "b")), new CsvRecords.Line(3, java.util.List.of("c")));
    }
}
