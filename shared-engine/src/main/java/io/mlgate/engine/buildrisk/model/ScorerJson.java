package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a plain-Java scorer back from the JSON its {@code json()} wrote, by its {@code kind}. */
final class ScorerJson {
    private ScorerJson() {
    }

    /** A linear, tree or average scorer over {@code features} model values. */
    static Scorer read(JsonNode o, int features) {
        return AverageScorer.KIND.equals(o.path("kind").asText()) ? AverageScorer.of(o, features) : member(o, features);
    }

    /** A linear or tree scorer: what an average is made of. */
    static Scorer member(JsonNode o, int features) {
        return switch (o.path("kind").asText()) {
            case LinearScorer.KIND -> LinearScorer.of(o, features);
            case TreeScorer.KIND -> TreeScorer.of(o, features);
            default -> throw new IllegalArgumentException("unknown scorer kind '" + o.path("kind").asText() + "'");
        };
    }
}
