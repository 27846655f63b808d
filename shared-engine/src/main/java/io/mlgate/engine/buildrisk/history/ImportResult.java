package io.mlgate.engine.buildrisk.history;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import read: the builds, oldest first, how many entries it left out and why (still running, no git
 * revision recorded, ...), and, for GitHub Actions asked to, the risks taken from the runs' artifacts (already in
 * the builds).
 */
public record ImportResult(String source, List<Build> builds, Map<String, Integer> skipped,
                           Optional<ArtifactRisks> artifactRisks) {
    public ImportResult {
        builds = List.copyOf(builds);
        skipped = Map.copyOf(skipped);
        Objects.requireNonNull(artifactRisks, "artifactRisks");
    }

    public ImportResult(String source, List<Build> builds, Map<String, Integer> skipped) {
        this(source, builds, skipped, Optional.empty());
    }

    public int skippedCount() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
