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
 * deletion and an addition. A large change's line counting can be shared with a waiting thread
 * ({@link SharedLineCount}); the figures are the same.
 */
final class ChangeReader {
    static final int MAX_DIFF_BYTES = 1 << 20;
    private static final int MANIFEST_LINES_CHECKED = 400;
    private static final byte[] TOO_LARGE = new byte[0];
    private final ObjectReader reader;
    private final DiffAlgorithm diff = histogram();
    /** Paths recur from build to build; classifying each once saves the regular expressions. */
    private final Map<String, FileKind> kinds = new HashMap<>();
    /** Where a large change's line counting is offered to a waiting thread; null: counted here alone. */
    private final SharedLineCount shared;

    /** A file whose lines are counted: its blob on each side (a missing side: {@link FileMode#MISSING}). */
    record Pending(FileMode modeA, ObjectId idA, FileMode modeB, ObjectId idB, boolean manifest) {
    }

    /** A changed path in walk order: whether it is a dependency file, and its index among the files counted (-1: none). */
    private record Walked(String path, boolean dependency, int counted) {
    }

    ChangeReader(ObjectReader reader) {
        this(reader, null);
    }

    /** {@code shared}: where a change of {@link SharedLineCount#MIN_FILES} or more files offers its line counting. */
    ChangeReader(ObjectReader reader, SharedLineCount shared) {
        this.reader = reader;
        this.shared = shared;
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
            List<Walked> walked = new ArrayList<>();
            List<Pending> counted = new ArrayList<>();
            while (tw.next()) {
                String path = tw.getPathString();
                paths.add(path);
                int slash = path.lastIndexOf('/');
                dirs.add(slash < 0 ? "" : path.substring(0, slash));
                FileKind kind = kinds.size() < 500_000 ? kinds.computeIfAbsent(path, FileClassifier::kind)
                        : FileClassifier.kind(path);
                perKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(path);
                boolean manifest = FileClassifier.isManifest(path);
                // lock files are machine-written and long; their lines say nothing a person changed
                boolean count = countLines && kind != FileKind.DEPENDENCIES || manifest;
                walked.add(new Walked(path, kind == FileKind.DEPENDENCIES, count ? counted.size() : -1));
                if (count) {
                    counted.add(new Pending(tw.getFileMode(0), tw.getObjectId(0), tw.getFileMode(1), tw.getObjectId(1),
                            manifest));
                }
            }
            int[][] counts = count(counted);
            List<String> dependencyFiles = new ArrayList<>();
            int added = 0;
            int deleted = 0;
            for (Walked w : walked) {
                if (w.dependency()) {
                    dependencyFiles.add(w.path());
                }
                if (w.counted() >= 0) {
                    int[] c = counts[w.counted()];
                    added += c[0];
                    deleted += c[1];
                    if (c[2] > 0) {
                        dependencyFiles.add(w.path());
                    }
                }
            }
            return new ChangeStats(paths, countLines ? added : -1, countLines ? deleted : -1, perKind, dirs.size(),
                    dependencyFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read git trees: " + e.getMessage(), e);
        }
    }

    /** The counts of {@code files} in their order: here, or shared with a waiting thread when there are many. */
    private int[][] count(List<Pending> files) throws IOException {
        if (shared == null || files.size() < SharedLineCount.MIN_FILES) {
            int[][] counts = new int[files.size()][];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = lines(files.get(i));
            }
            return counts;
        }
        SharedLineCount.Work work = new SharedLineCount.Work(files);
        shared.publish(work);
        work.run(this);
        return work.await();
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

    /** {added, deleted, 1 if a changed manifest line names a dependency else 0}, with this reader. */
    int[] lines(Pending file) throws IOException {
        boolean manifest = file.manifest();
        byte[] a = blob(file.modeA(), file.idA());
        byte[] b = blob(file.modeB(), file.idB());
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
     * The blob {@code id}; null when the file is absent on that side ({@code mode} missing) or is a submodule;
     * {@link #TOO_LARGE} when it is too large to diff or the repository lacks it.
     */
    private byte[] blob(FileMode mode, ObjectId id) throws IOException {
        if (mode == FileMode.MISSING || mode == FileMode.GITLINK || mode == FileMode.TREE) {
            return null;
        }
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
