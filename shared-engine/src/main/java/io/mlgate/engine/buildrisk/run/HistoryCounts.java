package io.mlgate.engine.buildrisk.run;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.history.HistorySummary;
import io.mlgate.engine.io.JsonText;

import java.util.ArrayList;
import java.util.List;

/** A history's builds per outcome, as JSON and as table rows, for the import and record reports. */
final class HistoryCounts {

    private HistoryCounts() {
    }

    static ObjectNode json(HistorySummary h) {
        ObjectNode o = JsonText.NODES.objectNode();
        o.put("builds", h.builds());
        h.byStatus().forEach((s, n) -> o.put(s.historyName(), n));
        h.firstBuild().ifPresent(id -> o.put("first_build", id));
        h.lastBuild().ifPresent(id -> o.put("last_build", id));
        return o;
    }

    static List<List<String>> rows(HistorySummary h) {
        List<List<String>> rows = new ArrayList<>();
        h.byStatus().forEach((s, n) -> rows.add(List.of(s.historyName(), Integer.toString(n))));
        rows.add(List.of("all", Integer.toString(h.builds())));
        return rows;
    }
}
