package io.mlgate.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.drift.DriftRequest;
import io.mlgate.engine.drift.DriftRun;
import io.mlgate.engine.validate.run.InputOptions;
import io.mlgate.testing.Files2;
import io.mlgate.testing.SyntheticData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.mlgate.testing.SyntheticData.categorical;
import static io.mlgate.testing.SyntheticData.columns;
import static io.mlgate.testing.SyntheticData.normal;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drift section in every report format: JSON that conforms to the report schema with the documented data shape,
 * a Markdown table, and HTML with one overlaid reference/current chart per column, user text escaped.
 */
class DriftSectionReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private GateReport report() {
        String[] kinds = {ReportFixtures.HOSTILE, "plain"};
        Path ref = SyntheticData.write(dir, "ref.parquet", 500, columns("x", normal(1, 1, 0, 1),
                ReportFixtures.HOSTILE, categorical(1, 3, kinds, new double[] {0.6, 0.4})));
        Path cur = SyntheticData.write(dir, "cur.parquet", 400, columns("x", normal(2, 1, 1, 1),
                ReportFixtures.HOSTILE, categorical(2, 3, kinds, new double[] {0.6, 0.4})));
        Path policy = Files2.write(dir, "mlgate.yml", "version: 1", "drift:", "  label: x");
        return new DriftRun(Progress.SILENT).run(new DriftRequest(ref.toString(), cur.toString(), InputOptions.defaults(),
                Optional.of(policy)));
    }

    @Test
    void jsonConformsAndCarriesTheDocumentedShape() throws Exception {
        JsonNode doc = JSON.readTree(JsonReport.render(report()));
        try (InputStream in = JsonReport.class.getResourceAsStream(JsonReport.SCHEMA_RESOURCE)) {
            assertThat(SchemaCheck.validate(JSON.readTree(in), doc)).isEmpty();
        }
        JsonNode data = doc.path("sections").get(0).path("data");
        assertThat(data.fieldNames()).toIterable().containsExactly("reference", "current", "correction", "pValueTests",
                "bins", "dataset", "figures", "columns", "skipped", "excluded");
        assertThat(data.path("figures").path("driftedFeatures").asInt()).isEqualTo(data.path("dataset").path("drifted").asInt());
        JsonNode x = data.path("columns").get(0);
        assertThat(x.fieldNames()).toIterable().containsExactly("column", "role", "kind", "test", "automatic",
                "statistic", "statisticUpperBound", "approximate", "pValue", "adjustedPValue", "threshold", "drift",
                "status", "level", "message", "newValues", "reference", "current", "chart");
        assertThat(x.path("role").asText()).isEqualTo("target");
        assertThat(x.path("drift").asBoolean()).isTrue();
        assertThat(x.path("chart").get(0).fieldNames()).toIterable()
                .containsExactly("value", "from", "to", "reference", "current");
        double shares = 0;
        for (JsonNode b : x.path("chart")) {
            shares += b.path("reference").asDouble();
        }
        assertThat(shares).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        // the label is judged alone: the dataset's share counts the one feature column
        assertThat(data.path("dataset").path("tested").asInt()).isEqualTo(1);
        assertThat(doc.path("checks").get(0).path("id").asText()).isEqualTo("target_drift:x");
    }

    @Test
    void htmlOverlaysBothDistributionsPerColumnAndEscapesNames() {
        String html = HtmlReport.render(report());
        Matcher charts = Pattern.compile("<svg class=\"chart overlay (histogram|categories)\" data-column=\"([^\"]*)\"")
                .matcher(html);
        int n = 0;
        while (charts.find()) {
            n++;
        }
        assertThat(n).isEqualTo(2);
        assertThat(html).contains("<rect class=\"bar ref\"").contains("<rect class=\"bar cur\"")
                .contains("<title>plain: reference ").doesNotContain("<script>console")
                .contains("&lt;script&gt;console.error(&#39;xss&#39;)");
        assertThat(html).contains("<section class=\"card section-drift\">").contains("One feature column used a p-value test, so no correction applies.");
    }

    @Test
    void markdownHasTheTable() {
        String md = MarkdownSummary.render(report());
        assertThat(md).contains("### Drift: current data against the reference")
                .contains("| status | column | role | test | statistic | p-value (adjusted) | pass if | verdict |")
                .contains("| target | ks |").doesNotContain("<script>");
    }
}
