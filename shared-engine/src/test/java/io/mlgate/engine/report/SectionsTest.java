package io.mlgate.engine.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.api.ReportSection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Capability sections appear in the JSON, Markdown and HTML reports without the writers knowing their kind. */
class SectionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Fake() implements ReportSection {
        @Override public String kind() { return "fake"; }
        @Override public String title() { return "A <fake> section"; }
        @Override public JsonNode data() { return JSON.createObjectNode().put("answer", 42); }
        @Override public String markdown() { return "| x |\n|---|\n| 1 |"; }
        @Override public String html() { return "<svg class=\"chart\" data-column=\"fake\"></svg>"; }
    }

    private static GateReport withSection() {
        GateReport r = ReportFixtures.sample();
        return new GateReport(r.command(), r.title(), r.status(), r.checks(), r.profiles(), r.started(), r.elapsed(),
                r.provenance(), List.of(new Fake()));
    }

    @Test
    void sectionsAreRenderedInEveryFormat() throws Exception {
        GateReport r = withSection();
        JsonNode json = JSON.readTree(JsonReport.render(r));
        assertThat(json.path("sections")).hasSize(1);
        assertThat(json.path("sections").get(0).path("kind").asText()).isEqualTo("fake");
        assertThat(json.path("sections").get(0).path("data").path("answer").asInt()).isEqualTo(42);
        assertThat(MarkdownSummary.render(r)).contains("### A &lt;fake&gt; section", "| x |");
        assertThat(HtmlReport.render(r)).contains("<h2>A &lt;fake&gt; section</h2>", "data-column=\"fake\"");
        assertThat(JSON.readTree(JsonReport.render(ReportFixtures.sample())).path("sections")).isEmpty();
    }
}
