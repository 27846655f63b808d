package io.mlgate.cli;

import io.mlgate.engine.data.ProfileOptions;
import picocli.CommandLine.Option;

/** Profile settings: top values, histogram bins, exact or approximate distinct counts. */
public final class ProfileMixin {
    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "Most frequent values to keep per column (default: ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--bins", paramLabel = "N", defaultValue = "20", description = "Histogram bins per numeric column (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--approx-distinct", description = "Estimate distinct counts (HyperLogLog) instead of counting exactly; faster on large data.")
    boolean approxDistinct;

    ProfileOptions toOptions() {
        if (topK < 1 || bins < 1) {
            throw new IllegalArgumentException("--top and --bins must be >= 1");
        }
        ProfileOptions d = ProfileOptions.defaults();
        return new ProfileOptions(topK, bins, !approxDistinct, d.quantiles());
    }
}
