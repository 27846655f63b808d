package io.mlgate.engine.buildrisk.features;

import org.eclipse.jgit.diff.DiffAlgorithm;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.EditList;
import org.eclipse.jgit.diff.HistogramDiff;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the change between two trees: changed paths by kind, directories, and (when asked) lines added and deleted
 * by a histogram diff of each text file. Binary files and files over {@link #MAX_DIFF_BYTES} count as changed
 * without lines, and so do dependency lock files and blobs the repository lacks (partial clones). Renames count as a
 * deletion and an addition.
 */
final class ChangeReader {
    static final int MAX_DIFF_BYTES = 1 << 20;
    private static final int MANIFEST_LINES_CHECKED = 400;
    private static final byte[] TOO_LARGE = new byte[0];
    private final ObjectReader reader;
    private final DiffAlgorithm diff = histogram();
    /** Paths recur from build to build; classifying each once saves the regular expressions. */
    private final Map<String, FileKind> kinds = new HashMap<>();

    ChangeReader(ObjectReader reader) {
        this.reader = reader;
    }

    /** The change from {@code base} (the empty tree when null) to {@code tree}; lines only if {@code countLines}. */
    ChangeStats read(RevTree base, RevTree tree, boolean countLines) {
        try (TreeWalk tw = new TreeWalk(reader)) {
            if (base == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(base);
            }
            tw.addTree(tree);
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            Set<String> paths = new LinkedHashSet<>();
            Set<String> dirs = new HashSet<>();
            Map<FileKind, List<String>> perKind = new EnumMap<>(FileKind.class);
            List<String> dependencyFiles = new ArrayList<>();
            int added = 0;
            int deleted = 0;
            while (tw.next()) {
                String path = tw.getPathString();
                paths.add(path);
                int slash = path.lastIndexOf('/');
                dirs.add(slash < 0 ? "" : path.substring(0, slash));
                FileKind kind = kinds.size() < 500_000 ? kinds.computeIfAbsent(path, FileClassifier::kind)
                        : FileClassifier.kind(path);
                perKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(path);
                if (kind == FileKind.DEPENDENCIES) {
                    dependencyFiles.add(path);
                }
                boolean manifest = FileClassifier.isManifest(path);
                // lock files are machine-written and long; their lines say nothing a person changed
                if (countLines && kind != FileKind.DEPENDENCIES || manifest) {
                    int[] lines = lines(tw, manifest);
                    added += lines[0];
                    deleted += lines[1];
                    if (lines[2] > 0) {
                        dependencyFiles.add(path);
                    }
                }
            }
            return new ChangeStats(paths, countLines ? added : -1, countLines ? deleted : -1, perKind, dirs.size(),
                    dependencyFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read git trees: " + e.getMessage(), e);
        }
    }

    /**
     * A histogram diff that, where a region has too many repeated lines to match quickly, counts the region as
     * replaced instead of falling back to a quadratic diff.
     */
    private static DiffAlgorithm histogram() {
        HistogramDiff h = new HistogramDiff();
        h.setFallbackAlgorithm(null);
        return h;
    }

    /** {added, deleted, 1 if a changed manifest line names a dependency else 0}. */
    private int[] lines(TreeWalk tw, boolean manifest) throws IOException {
        byte[] a = blob(tw, 0);
        byte[] b = blob(tw, 1);
        if (a == TOO_LARGE || b == TOO_LARGE || a == null && b == null) {
            return new int[3];
        }
        if (a == null || b == null) {
            byte[] only = a == null ? b : a;
            if (RawText.isBinary(only)) {
                return new int[3];
            }
            int n = lineCount(only);
            int dep = manifest && anyDependencyLine(new RawText(only), 0, n) ? 1 : 0;
            return a == null ? new int[]{n, 0, dep} : new int[]{0, n, dep};
        }
        if (RawText.isBinary(a) || RawText.isBinary(b)) {
            return new int[3];
        }
        RawText ta = new RawText(a);
        RawText tb = new RawText(b);
        EditList edits = diff.diff(RawTextComparator.DEFAULT, ta, tb);
        int add = 0;
        int del = 0;
        boolean dep = false;
        for (Edit e : edits) {
            add += e.getLengthB();
            del += e.getLengthA();
            if (manifest && !dep) {
                dep = anyDependencyLine(ta, e.getBeginA(), e.getEndA()) || anyDependencyLine(tb, e.getBeginB(), e.getEndB());
            }
        }
        return new int[]{add, del, dep ? 1 : 0};
    }

    /**
     * The blob on side {@code i}; null when the file is absent there or is a submodule; {@link #TOO_LARGE} when it
     * is too large to diff or the repository lacks it.
     */
    private byte[] blob(TreeWalk tw, int i) throws IOException {
        FileMode mode = tw.getFileMode(i);
        if (mode == FileMode.MISSING || mode == FileMode.GITLINK || mode == FileMode.TREE) {
            return null;
        }
        ObjectId id = tw.getObjectId(i);
        ObjectLoader loader;
        try {
            loader = reader.open(id, Constants.OBJ_BLOB);
        } catch (MissingObjectException e) {
            // partial clones and some snapshots lack large blobs: the file counts as changed, its lines do not
            return TOO_LARGE;
        }
        if (loader.getSize() > MAX_DIFF_BYTES) {
            return TOO_LARGE;
        }
        return loader.getCachedBytes(MAX_DIFF_BYTES);
    }

    private static boolean anyDependencyLine(RawText t, int from, int to) {
        int end = Math.min(to, Math.min(t.size(), from + MANIFEST_LINES_CHECKED));
        for (int i = from; i < end; i++) {
            if (FileClassifier.namesDependency(t.getString(i))) {
                return true;
            }
        }
        return false;
    }

    static int lineCount(byte[] raw) {
        int n = 0;
        for (byte x : raw) {
            if (x == '\n') {
                n++;
            }
        }
        return raw.length > 0 && raw[raw.length - 1] != '\n' ? n + 1 : n;
    }
}
