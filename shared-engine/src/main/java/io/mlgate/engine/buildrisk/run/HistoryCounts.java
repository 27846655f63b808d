package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.io.JsonText;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.buildrisk.history.Build;
import io.mlgate.engine.buildrisk.history.BuildHistory;
import io.mlgate.engine.buildrisk.history.BuildStatus;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A history's builds per outcome, as JSON and as table rows, for the import and record reports. */
final class HistoryCounts {

    private HistoryCounts() {
    }

    static Map<BuildStatus, Integer> of(BuildHistory h) {
        Map<BuildStatus, Integer> m = new EnumMap<>(BuildStatus.class);
        for (BuildStatus s : BuildStatus.values()) {
            m.put(s, 0);
        }
        h.builds().forEach(b -> m.merge(b.status(), 1, Integer::sum));
        return m;
    }

    static ObjectNode json(BuildHistory h) {
        ObjectNode o = JsonText.NODES.objectNode();
        o.put("builds", h.size());
        of(h).forEach((s, n) -> o.put(s.historyName(), n));
        List<Build> b = h.builds();
        if (!b.isEmpty()) {
            o.put("first_build", b.get(0).id());
            o.put("last_build", b.get(b.size() - 1).id());
        }
        return o;
    }

    static List<List<String>> rows(BuildHistory h) {
        List<List<String>> rows = new ArrayList<>();
        of(h).forEach((s, n) -> rows.add(List.of(s.historyName(), Integer.toString(n))));
        rows.add(List.of("all", Integer.toString(h.size())));
        return rows;
    }
}
