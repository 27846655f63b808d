package io.mlgate.engine.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Metric's written-out equals and hashCode say what a record's would: equal exactly when sql and fallback are. */
class MetricTest {
    @Test
    void equalExactlyWhenSqlAndFallbackAre() {
        Metric a = new Metric("count(*)");
        Metric same = new Metric(new String("count(*)"), null);
        assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isEqualTo(Metric.ROW_COUNT).isNotEqualTo(null)
                .isNotEqualTo("count(*)");
        Metric withFallback = new Metric("bit_count(bitstring_agg(id))", "count(DISTINCT id)");
        assertThat(withFallback)
                .isEqualTo(new Metric("bit_count(bitstring_agg(id))", new String("count(DISTINCT id)")))
                .hasSameHashCodeAs(new Metric("bit_count(bitstring_agg(id))", "count(DISTINCT id)"))
                .isNotEqualTo(new Metric("bit_count(bitstring_agg(id))"))
                .isNotEqualTo(new Metric("bit_count(bitstring_agg(id))", "count(DISTINCT x)"))
                .isNotEqualTo(new Metric("count(DISTINCT id)", "count(DISTINCT id)"));
        assertThat(new Metric("x")).isNotEqualTo(new Metric("x", "y"));
        assertThat(new Metric("x", "y")).isNotEqualTo(new Metric("x"));
    }

    @Test
    void checksSharingAnExpressionShareOneMapEntry() {
        Map<Metric, Integer> metrics = new HashMap<>();
        metrics.merge(new Metric("count_if(\"id\" IS NULL)"), 1, Integer::sum);
        metrics.merge(new Metric(new String("count_if(\"id\" IS NULL)")), 1, Integer::sum);
        metrics.merge(new Metric("count_if(\"id\" IS NOT NULL)"), 1, Integer::sum);
        assertThat(metrics).hasSize(2).containsEntry(new Metric("count_if(\"id\" IS NULL)"), 2);
    }
}
