package io.mlgate.engine.buildrisk.features;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a build's change touched, between the last build's commit on its branch (their merge base) and its own.
 *
 * @param paths           every changed path
 * @param linesAdded      lines added in text files ({@code -1} when lines were not counted)
 * @param linesDeleted    lines deleted in text files ({@code -1} when lines were not counted)
 * @param perKind         changed files per kind
 * @param directories     distinct directories holding changed files
 * @param dependencyFiles files whose change touches dependencies (lock files; manifests with changed dependency lines)
 */
public record ChangeStats(Set<String> paths, int linesAdded, int linesDeleted, Map<FileKind, List<String>> perKind,
                          int directories, List<String> dependencyFiles) {
    public static final ChangeStats NONE = new ChangeStats(Set.of(), 0, 0, Map.of(), 0, List.of());

    public ChangeStats {
        paths = Set.copyOf(paths);
        EnumMap<FileKind, List<String>> copy = new EnumMap<>(FileKind.class);
        perKind.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        perKind = java.util.Collections.unmodifiableMap(copy);
        dependencyFiles = List.copyOf(dependencyFiles);
    }

    public int files() {
        return paths.size();
    }

    public int count(FileKind kind) {
        return perKind.getOrDefault(kind, List.of()).size();
    }

    public List<String> of(FileKind kind) {
        return perKind.getOrDefault(kind, List.of());
    }

    /** Whether every changed file is documentation (and at least one changed). */
    public boolean docsOnly() {
        return files() > 0 && count(FileKind.DOCS) == files();
    }
}
