package io.mlgate.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.CheckResult;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Status;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode schema() throws Exception {
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            assertThat(in).as("schema resource").isNotNull();
            return MAPPER.readTree(in);
        }
    }

    @Test
    void topLevelFieldsAndCounts() throws Exception {
        JsonNode doc = MAPPER.readTree(JsonReport.render(ReportFixtures.sample()));
        assertThat(doc.get("schemaVersion").asText()).isEqualTo("1.1");
        assertThat(doc.get("kind").asText()).isEqualTo("mlgate-report");
        assertThat(doc.get("command").asText()).isEqualTo("data validate");
        assertThat(doc.get("status").asText()).isEqualTo("ERROR");
        assertThat(doc.get("started").asText()).isEqualTo("2025-03-14T09:26:53.589Z");
        assertThat(doc.get("elapsedMillis").asLong()).isEqualTo(1234);
        JsonNode counts = doc.get("counts");
        assertThat(counts.get("total").asInt()).isEqualTo(5);
        for (Status s : Status.values()) {
            assertThat(counts.get(s.name()).asInt()).as(s.name()).isEqualTo(1);
        }
        assertThat(doc.get("provenance").get("seed").asLong()).isEqualTo(42);
        assertThat(doc.get("provenance").get("inputFingerprints").fieldNames()).toIterable()
                .containsExactly("data/train.csv", "mlgate.yml");
    }

    @Test
    void checksKeepEveryFieldAndRawValues() throws Exception {
        JsonNode checks = MAPPER.readTree(JsonReport.render(ReportFixtures.sample())).get("checks");
        assertThat(checks).hasSize(5);
        JsonNode fail = checks.get(2);
        assertThat(fail.get("id").asText()).isEqualTo("age.range");
        assertThat(fail.get("level").asText()).isEqualTo("ERROR");
        assertThat(fail.get("measured").isIntegralNumber()).isTrue();
        assertThat(fail.get("examples").get(0).get("age").isNull()).isTrue();
        assertThat(fail.get("examples").get(1).get("age").asDouble()).isEqualTo(-4.5);
        assertThat(fail.get("examples").get(0).fieldNames()).toIterable().containsExactly("id", "age", "city");
        assertThat(fail.get("provenance").get("algorithmId").asText()).isEqualTo("validate.completeness");
        assertThat(checks.get(0).get("measured").asDouble()).isEqualTo(0.9987);
        assertThat(checks.get(3).get("measured").isNull()).isTrue();
        assertThat(checks.get(4).get("measured").asText()).isEqualTo("column not found");
    }

    @Test
    void profilesCarryHistogramsAndTopValues() throws Exception {
        JsonNode columns = MAPPER.readTree(JsonReport.render(ReportFixtures.sample())).get("profiles").get(0).get("columns");
        assertThat(columns).hasSize(5);
        JsonNode age = columns.get(0);
        assertThat(age.get("histogram").get("edges")).hasSize(9);
        assertThat(age.get("histogram").get("counts").get(3).asLong()).isEqualTo(260);
        assertThat(age.get("quantiles").fieldNames()).toIterable().containsExactly("0.25", "0.5", "0.75");
        assertThat(age.get("nullFraction").asDouble()).isEqualTo(0.012);
        assertThat(columns.get(2).get("topValues").get(0).get("value").asText()).isEqualTo("Berlin");
        assertThat(columns.get(2).get("histogram").isNull()).isTrue();
        assertThat(columns.get(4).get("min").isNull()).isTrue();
    }

    @Test
    void sampleConformsToTheShippedSchema() throws Exception {
        JsonNode doc = MAPPER.readTree(JsonReport.render(ReportFixtures.sample()));
        assertThat(SchemaCheck.validate(schema(), doc)).isEmpty();
    }

    @Test
    void schemaRequiresEveryFieldTheWriterEmits() throws Exception {
        JsonNode schema = schema();
        ObjectNode doc = JsonReport.toTree(ReportFixtures.sample());
        assertThat(schema.get("required")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(
                () -> doc.fieldNames());
        assertThat(schema.at("/$defs/check/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(() -> doc.get("checks").get(0).fieldNames());
        assertThat(schema.at("/$defs/column/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(() -> doc.get("profiles").get(0).get("columns").get(0).fieldNames());
        doc.remove("counts");
        assertThat(SchemaCheck.validate(schema, doc)).containsExactly("$: missing required counts");
    }

    @Test
    void nonFiniteMeasuredValuesStayValidJson() throws Exception {
        CheckResult nan = ReportFixtures.check("x", Status.ERROR, Double.NaN, "not a number", List.of(
                Map.of("v", Double.POSITIVE_INFINITY)));
        GateReport report = new GateReport("model test", "t", Status.ERROR, List.of(nan), List.of(), ReportFixtures.T0,
                Duration.ZERO, ReportFixtures.provenance("model.test"));
        JsonNode doc = MAPPER.readTree(JsonReport.render(report));
        assertThat(doc.at("/checks/0/measured").asText()).isEqualTo("NaN");
        assertThat(doc.at("/checks/0/examples/0/v").asText()).isEqualTo("Infinity");
        assertThat(SchemaCheck.validate(schema(), doc)).isEmpty();
    }
}
