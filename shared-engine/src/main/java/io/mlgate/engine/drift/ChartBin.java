package io.mlgate.engine.drift;

import java.util.Objects;

/**
 * One bar pair of a drift chart: a range of a numeric column ({@code from}, {@code to}) or a category
 * ({@code value}), with the reference's and the current data's share of non-null values in it.
 */
public record ChartBin(String value, Double from, Double to, double reference, double current) {
    public ChartBin {
        Objects.requireNonNull(value, "value");
    }
}
