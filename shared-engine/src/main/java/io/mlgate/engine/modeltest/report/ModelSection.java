package io.mlgate.engine.modeltest.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.ReportSection;

import java.util.Objects;

/** The {@code model} section of a report: see docs/report-schema.md for its {@code data}. */
public final class ModelSection implements ReportSection {
    public static final String KIND = "model";
    private final ModelResults results;
    private final String title;

    public ModelSection(String title, ModelResults results) {
        this.title = Objects.requireNonNull(title, "title");
        this.results = Objects.requireNonNull(results, "results");
    }

    public ModelResults results() {
        return results;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public JsonNode data() {
        return ModelSectionJson.of(results);
    }

    @Override
    public String markdown() {
        return ModelSectionMarkdown.of(results);
    }

    @Override
    public String html() {
        return ModelSectionHtml.of(results);
    }
}
