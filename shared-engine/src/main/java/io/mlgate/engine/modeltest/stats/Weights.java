package io.mlgate.engine.modeltest.stats;

/**
 * Row weights as doubles by table lookup. A resample's weights are bytes; turning each into a double with a
 * conversion instruction ties every iteration of a hot loop to the previous one (the instruction only writes part of
 * its register, so the CPU waits for the last value), which measured three times slower than reading the double from
 * this table on the metrics' passes over a million rows.
 */
public final class Weights {
    private static final double[] AS_DOUBLE = new double[256];

    static {
        for (int i = 0; i < AS_DOUBLE.length; i++) {
            AS_DOUBLE[i] = (byte) i;
        }
    }

    private Weights() {
    }

    /** The weight of a row as a double: {@code (double) w}, without a conversion instruction. */
    public static double of(byte w) {
        return AS_DOUBLE[w & 0xFF];
    }
}
