package io.mlgate.engine.buildrisk.run;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole numbers and percentages the sections write read exactly as {@code String.format}'s would. */
class TextTest {
    @Test
    void wholeNumbersRoundAsPercentZeroFDoes() {
        Random r = new Random(7);
        double[] edges = {0, -0.0, 0.5, 1.5, 2.5, 10.5, 99.5, 0.49999999999999994, 28.499999999999996, 14.499999999999998,
                1e15 + 0.5, 9.2e18, -0.4, -0.5, -1.5, -2.5, -99.5, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double v : edges) {
            assertThat(Text.whole(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.0f", v));
        }
        for (int i = 0; i < 200_000; i++) {
            double v = switch (i % 4) {
                case 0 -> r.nextDouble() * 100;
                case 1 -> r.nextInt(200) / 2.0 - 50;
                case 2 -> r.nextDouble() * 100 * 100 / 100;
                default -> (r.nextDouble() - 0.5) * 1e6;
            };
            assertThat(Text.whole(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.0f", v));
        }
    }

    @Test
    void percentagesOfProbabilities() {
        Random r = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            double p = i < 1001 ? i / 1000.0 : r.nextDouble();
            assertThat(Text.percent(p)).as("%s", p).isEqualTo(String.format(Locale.ROOT, "%.0f%%", p * 100));
        }
        assertThat(Text.percent(Double.NaN)).isEqualTo("–");
    }
}
