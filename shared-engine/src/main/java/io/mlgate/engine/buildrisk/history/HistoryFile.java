package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.io.AtomicFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The canonical history file that {@code import} and {@code record} keep: CSV, UTF-8, header
 * {@code id,commit,branch,status,started_at,duration,pull_request,event}, one build per row oldest first, statuses in
 * their history names, times in ISO-8601 UTC. Every write replaces the whole file atomically.
 */
public final class HistoryFile {
    private HistoryFile() {
    }

    /** The history at {@code file}, or an empty one when the file does not exist yet. */
    public static BuildHistory readOrEmpty(Path file) {
        return Files.exists(file) ? HistoryReader.read(file) : new BuildHistory(file.toString(), List.of());
    }

    public static void write(Path file, BuildHistory history) {
        AtomicFiles.writeString(file, render(history.builds()));
    }

    static String render(List<Build> builds) {
        StringBuilder sb = new StringBuilder(String.join(",", HistoryColumns.ALL)).append('\n');
        for (Build b : builds) {
            sb.append(List.of(b.id(), b.commit(), b.branch(), b.status().historyName(),
                            b.startedAt().map(Object::toString).orElse(""),
                            b.duration().isPresent() ? Long.toString(b.duration().getAsLong()) : "",
                            b.pullRequest().isPresent() ? Integer.toString(b.pullRequest().getAsInt()) : "",
                            b.event().map(BuildEvent::historyName).orElse(""))
                    .stream().map(CsvRecords::quote).collect(Collectors.joining(","))).append('\n');
        }
        return sb.toString();
    }
}
