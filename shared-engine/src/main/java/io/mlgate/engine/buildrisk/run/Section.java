package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.ReportSection;

import java.util.Objects;

/** A rendered report section: the figures as JSON and the same figures as Markdown and HTML. */
record Section(String kind, String title, JsonNode data, String markdown, String html) implements ReportSection {
    Section {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(html, "html");
    }
}
