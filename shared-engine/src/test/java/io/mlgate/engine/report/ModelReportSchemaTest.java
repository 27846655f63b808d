package io.mlgate.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.modeltest.run.ModelTestRequest;
import io.mlgate.engine.modeltest.run.ModelTestRun;
import io.mlgate.engine.validate.run.InputOptions;
import io.mlgate.testing.Files2;
import io.mlgate.testing.ModelData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A model test report, with its model and analysis sections, conforms to the shipped report schema. */
class ModelReportSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void modelTestReportConformsToTheSchema() throws Exception {
        Path data = Files2.write(dir, "preds.csv", "y,p,g", "1,0.9,a", "1,0.4,a", "0,0.35,b", "0,0.1,b", "1,0.8,a",
                "0,0.6,b", "1,0.2,b", "0,0.7,a");
        Path policy = ModelData.policy(dir, "classification", "y", List.of(), List.of("predictions: {score: p}",
                "bootstrap: {resamples: 20}", "slices: {columns: [{column: g}], min_rows: 2, search: 0}",
                "fairness: {sensitive: [g], min_rows: 2}", "gates:", "  - {metric: roc_auc, min: 0.5}",
                "  - {gate: fairness, metric: demographic_parity_ratio, min: 0.1}"));
        GateReport r = new ModelTestRun(Progress.SILENT).run(new ModelTestRequest(policy, Optional.of(data.toString()),
                InputOptions.defaults(), Optional.empty(), Optional.empty()));
        JsonNode doc = MAPPER.readTree(JsonReport.render(r));
        JsonNode schema;
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            schema = MAPPER.readTree(in);
        }
        assertThat(SchemaCheck.validate(schema, doc)).isEmpty();
        assertThat(doc.path("sections")).hasSize(3);
        assertThat(doc.toString()).doesNotContain("NaN", "Infinity");
        assertThat(HtmlReport.render(r)).contains("section-model-fairness", "chart roc");
        assertThat(MarkdownSummary.render(r)).contains("### Fairness", "### Slices");
    }
}
