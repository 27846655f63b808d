package io.mlgate.engine.api;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a result came from: engine version, the algorithm (id and version) that computed it, fingerprints of
 * every input (SHA-256 of each file, keyed by path), the time it was computed and the seed used, if any.
 */
public record Provenance(
        String engineVersion,
        String algorithmId,
        String algorithmVersion,
        Map<String, String> inputFingerprints,
        Instant time,
        Long seed) {

    public Provenance {
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(algorithmId, "algorithmId");
        Objects.requireNonNull(algorithmVersion, "algorithmVersion");
        Objects.requireNonNull(time, "time");
        inputFingerprints = Map.copyOf(new TreeMap<>(Objects.requireNonNull(inputFingerprints, "inputFingerprints")));
    }

    /** Provenance of this engine's algorithm {@code id}/{@code version} over {@code inputs}, computed now. */
    public static Provenance of(String id, String version, Map<String, String> inputs, Long seed) {
        return new Provenance(EngineVersion.get(), id, version, inputs, Instant.now(), seed);
    }

    /** Sorted view of the fingerprints, so reports list inputs in a stable order. */
    public Map<String, String> sortedFingerprints() {
        return new TreeMap<>(inputFingerprints);
    }
}
