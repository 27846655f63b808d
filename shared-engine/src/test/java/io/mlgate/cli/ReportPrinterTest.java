package io.mlgate.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's status column pads as {@code %-8s} did. */
class ReportPrinterTest {
    @Test
    void padsLikePercentMinusEightS() {
        for (String s : new String[]{"", "x", "PASS", "WARN", "FAIL", "NO_DATA", "ERROR", "1234567", "12345678",
                "123456789", "a much longer text", "é ü"}) {
            assertThat(ReportPrinter.pad(s)).as(s).isEqualTo(String.format("%-8s", s));
        }
    }
}
