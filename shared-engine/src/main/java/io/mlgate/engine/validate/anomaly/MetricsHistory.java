package io.mlgate.engine.validate.anomaly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.io.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A directory of JSON files, one per run ({@code <time>-<tags hash>.json}), each holding the run's time, tags,
 * dataset and metrics. Reading returns the runs whose tags equal the requested tags, oldest first.
 */
public final class MetricsHistory {
    static final String FORMAT = "mlgate-metrics-history/1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path dir;
    private final Map<String, String> tags;
    private List<HistoryEntry> loaded;

    public MetricsHistory(Path dir, Map<String, String> tags) {
        this.dir = dir;
        this.tags = Map.copyOf(tags);
    }

    public Path dir() {
        return dir;
    }

    public Map<String, String> tags() {
        return tags;
    }

    /** Past runs with these tags, oldest first; read once. */
    public List<HistoryEntry> entries() {
        if (loaded == null) {
            loaded = load();
        }
        return loaded;
    }

    /** The last {@code window} recorded values of {@code metric}, oldest first. */
    public List<Double> series(MetricName metric, int window) {
        List<Double> all = new ArrayList<>();
        for (HistoryEntry e : entries()) {
            Double v = e.metrics().get(metric.toString());
            if (v != null) {
                all.add(v);
            }
        }
        return all.subList(Math.max(0, all.size() - window), all.size());
    }

    /** Appends one run atomically; returns the file written. */
    public Path append(HistoryEntry entry) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("time", entry.time().toString());
        root.put("dataset", entry.dataset());
        root.set("tags", JSON.valueToTree(entry.tags()));
        ObjectNode m = root.putObject("metrics");
        entry.metrics().forEach((k, v) -> {
            if (Double.isFinite(v)) {
                m.put(k, v);
            }
        });
        String name = FILE_TIME.format(entry.time()) + "-" + Integer.toHexString(entry.tags().hashCode()) + ".json";
        Path file = dir.resolve(name);
        try {
            AtomicFiles.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        loaded = null;
        return file;
    }

    private List<HistoryEntry> load() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<HistoryEntry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                HistoryEntry e = parse(f);
                if (e.tags().equals(new java.util.TreeMap<>(tags))) {
                    out.add(e);
                }
            }
        } catch (IOException e) {
            throw new BadInputException(dir + ": cannot list metrics history: " + e.getMessage());
        }
        out.sort(Comparator.comparing(HistoryEntry::time));
        return out;
    }

    private static HistoryEntry parse(Path f) {
        try {
            JsonNode n = JSON.readTree(f.toFile());
            if (n == null || !FORMAT.equals(n.path("format").asText())) {
                throw new BadInputException(f + ": not an mlgate metrics history file (expected \"format\": \"" + FORMAT + "\")");
            }
            Map<String, String> tags = new HashMap<>();
            n.path("tags").fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
            Map<String, Double> metrics = new HashMap<>();
            n.path("metrics").fields().forEachRemaining(e -> {
                if (!e.getValue().isNumber()) {
                    throw new BadInputException(f + ": metrics." + e.getKey() + ": expected a number");
                }
                metrics.put(e.getKey(), e.getValue().asDouble());
            });
            return new HistoryEntry(Instant.parse(n.path("time").asText()), tags, n.path("dataset").asText(""), metrics);
        } catch (IOException | java.time.format.DateTimeParseException e) {
            throw new BadInputException(f + ": unreadable metrics history file: " + e.getMessage().split("\n")[0]);
        }
    }
}
