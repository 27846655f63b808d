package io.mlgate.engine.modeltest.metrics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows already in descending score order take the one-pass shortcut and get exactly the order the sort gives. */
class ScoreOrderTest {

    @Test
    void rowsInScoreOrderGiveTheSortedOrder() {
        Random r = new Random(11);
        for (int round = 0; round < 40; round++) {
            int n = 1 + r.nextInt(300);
            int classes = 2 + r.nextInt(2);
            int[] truth = new int[n];
            double[] scores = new double[n * classes];
            for (int i = 0; i < n; i++) {
                truth[i] = r.nextInt(classes);
                for (int c = 0; c < classes; c++) {
                    // few distinct values, so ties are common; -0.0 and 0.0 are apart, as Double.compare has them
                    int v = r.nextInt(8);
                    scores[i * classes + c] = v == 0 ? -0.0 : v == 1 ? 0.0 : v / 8.0;
                }
            }
            List<String> names = classes == 2 ? List.of("a", "b") : List.of("a", "b", "c");
            ClassOutcomes o = new ClassOutcomes(names, truth, truth.clone(), scores, true, classes == 2 ? 1 : -1);
            for (int cls = 0; cls < classes; cls++) {
                ClassOutcomes inOrder = o.reorder(ScoreOrder.sorted(o, cls).rows());
                ScoreOrder quick = ScoreOrder.of(inOrder, cls);
                ScoreOrder full = ScoreOrder.sorted(inOrder, cls);
                assertThat(quick.rows()).isEqualTo(full.rows());
                assertThat(quick.groupEnd()).isEqualTo(full.groupEnd());
                assertThat(quick.positive()).isEqualTo(full.positive());
                assertThat(quick.sequential()).isEqualTo(full.sequential()).isTrue();
                assertThat(quick.distinct()).isEqualTo(full.distinct());
                // and rows out of order still take the sort
                assertThat(ScoreOrder.of(o, cls).rows()).isEqualTo(ScoreOrder.sorted(o, cls).rows());
            }
        }
    }
}
