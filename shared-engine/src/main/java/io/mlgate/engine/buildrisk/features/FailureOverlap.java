package io.mlgate.engine.buildrisk.features;

import java.util.List;

/**
 * How a change overlaps the recent broken builds' changes.
 *
 * @param filesInFailures changed files that were also changed in one of the recent broken builds
 * @param failuresSharing recent broken builds that changed at least one of these files
 * @param window          how many recent broken builds were looked at (at most {@link RecentFailures#WINDOW})
 * @param examples        up to three of the shared files
 */
public record FailureOverlap(int filesInFailures, int failuresSharing, int window, List<String> examples) {
    public static final FailureOverlap NONE = new FailureOverlap(0, 0, 0, List.of());

    public FailureOverlap {
        examples = List.copyOf(examples);
    }
}
