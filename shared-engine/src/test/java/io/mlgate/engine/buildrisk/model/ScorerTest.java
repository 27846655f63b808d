package io.mlgate.engine.buildrisk.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The plain-Java scorers on hand-made models with known answers. */
class ScorerTest {
    /** What {@code predict} does with a saved scorer: its JSON bytes read back token by token. */
    private static Scorer read(com.fasterxml.jackson.databind.JsonNode json, int features) {
        try {
            return ScorerJson.read(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(json), features);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void probingALogisticScorerRecoversItsWeights() {
        LinearScorer truth = new LinearScorer(-1.5, new double[]{0.5, -2, 0});
        LinearScorer probed = LinearScorer.probe(truth, 3);
        double[] x = {2, 0.25, 7};
        assertThat(probed.score(x)).isCloseTo(1 / (1 + Math.exp(-(-1.5 + 1 - 0.5))), within(1e-12));
        assertThat(read(LegacyScorerJson.of(probed), 3).score(x)).isEqualTo(probed.score(x));
    }

    @Test
    void treesFromAnXgboostDumpScoreTheSoftmaxOfTheClassMargins() {
        // two classes (ok = 0, broken = 1), one round: tree 0 for ok, tree 1 for broken
        String ok = "{\"nodeid\":0,\"split\":\"a\",\"split_condition\":0.5,\"yes\":1,\"no\":2,\"missing\":1,"
                + "\"children\":[{\"nodeid\":1,\"leaf\":0.2},{\"nodeid\":2,\"leaf\":-0.2}]}";
        String broken = "{\"nodeid\":0,\"split\":\"b\",\"split_condition\":3,\"yes\":1,\"no\":2,\"missing\":2,"
                + "\"children\":[{\"nodeid\":1,\"leaf\":-0.1},{\"nodeid\":2,\"leaf\":0.4}]}";
        TreeScorer t = TreeScorer.fromDump(List.of(ok, broken), Map.of("a", 0, "b", 1), 2, 1);
        // a = 0 < 0.5: ok +0.2; b = 3 is not < 3: broken +0.4
        assertThat(t.score(new double[]{0, 3})).isCloseTo(Math.exp(0.4) / (Math.exp(0.4) + Math.exp(0.2)), within(1e-12));
        // a = 1: ok -0.2; b missing: the "missing" branch, +0.4
        assertThat(t.score(new double[]{1, Double.NaN})).isCloseTo(Math.exp(0.4) / (Math.exp(0.4) + Math.exp(-0.2)), within(1e-12));
        assertThat(read(LegacyScorerJson.of(t), 2).score(new double[]{0, 2.5})).isEqualTo(t.score(new double[]{0, 2.5}));
    }

    @Test
    void anAverageScoresTheMeanOfItsMembers() {
        LinearScorer a = new LinearScorer(0, new double[]{1});
        LinearScorer b = new LinearScorer(-2, new double[]{0});
        AverageScorer avg = new AverageScorer(List.of(a, b));
        double[] x = {1.5};
        assertThat(avg.score(x)).isCloseTo((a.score(x) + b.score(x)) / 2, within(1e-15));
        assertThat(read(LegacyScorerJson.of(avg), 1).score(x)).isEqualTo(avg.score(x));
    }

    @Test
    void theBinaryFileGivesBackTheSameScorerBitForBitAndRefusesADamagedOne() {
        String ok = "{\"nodeid\":0,\"split\":\"a\",\"split_condition\":0.1,\"yes\":1,\"no\":2,\"missing\":2,"
                + "\"children\":[{\"nodeid\":1,\"leaf\":0.2},{\"nodeid\":2,\"leaf\":-0.30000000000000004}]}";
        TreeScorer t = TreeScorer.fromDump(List.of(ok, ok), Map.of("a", 0), 2, 1);
        LinearScorer l = new LinearScorer(-0.1, new double[]{Math.PI, -1e-300});
        AverageScorer avg = new AverageScorer(List.of(t, new TreeScorer(2, 0, t.trees())));
        java.util.Random r = new java.util.Random(3);
        for (Scorer s : List.<Scorer>of(t, avg)) {
            Scorer back = ScorerBinary.read(ScorerBinary.write(s), 2);
            for (int i = 0; i < 200; i++) {
                double[] x = {r.nextDouble() * 0.3, i % 7 == 0 ? Double.NaN : r.nextGaussian()};
                assertThat(back.score(x)).isEqualTo(s.score(x));
            }
        }
        Scorer back = ScorerBinary.read(ScorerBinary.write(l), 2);
        assertThat(back.score(new double[]{0.5, 2})).isEqualTo(l.score(new double[]{0.5, 2}));
        byte[] bytes = ScorerBinary.write(avg);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScorerBinary.read(java.util.Arrays.copyOf(bytes, bytes.length - 3), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a count of 3 does not fit in the 81 bytes left");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScorerBinary.read(java.util.Arrays.copyOf(bytes, 15), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("the file ends inside the scorer");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScorerBinary.read(ScorerBinary.write(l), 3))
                .hasMessage("expected 3 weights, found 2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScorerBinary.read(ScorerBinary.write(t), 0))
                .hasMessage("tree splits on feature 0 of 0");
        byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScorerBinary.read(longer, 2))
                .hasMessage("1 bytes after the scorer");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScorerBinary.read("{}".getBytes(), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void splitsCompareInSinglePrecisionAsXgboostDoes() {
        String tree = "{\"nodeid\":0,\"split\":\"a\",\"split_condition\":0.1,\"yes\":1,\"no\":2,\"missing\":1,"
                + "\"children\":[{\"nodeid\":1,\"leaf\":-1},{\"nodeid\":2,\"leaf\":1}]}";
        TreeScorer t = TreeScorer.fromDump(List.of(tree), Map.of("a", 0), 1, 1);
        // 0.1 as a double is below (float) 0.1 but equal to it in float: not "< split", so the "no" branch
        assertThat(t.score(new double[]{0.1})).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-12));
    }
}
