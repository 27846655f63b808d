package io.mlgate.engine.validate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersTest {
    @Test
    void formatIsExactAndPlain() {
        assertThat(Numbers.format(1.0)).isEqualTo("1");
        assertThat(Numbers.format(0.1 + 0.2)).isEqualTo("0.30000000000000004");
        assertThat(Numbers.format(1e-7)).isEqualTo("0.0000001");
    }

    @Test
    void displayKeepsSixSignificantDigits() {
        assertThat(Numbers.display(17.427945205479467)).isEqualTo("17.4279");
        assertThat(Numbers.display(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(Numbers.display(123456789)).isEqualTo("123457000");
        assertThat(Numbers.display(-0.000123456789)).isEqualTo("-0.000123457");
        assertThat(Numbers.display(0)).isEqualTo("0");
    }

    @Test
    void percent() {
        assertThat(Numbers.percent(0.0027397)).isEqualTo("0.27%");
    }
}
