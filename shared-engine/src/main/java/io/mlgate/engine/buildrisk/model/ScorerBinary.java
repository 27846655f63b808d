package io.mlgate.engine.buildrisk.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-Java scorer's file, {@code scorer.bin}: the scorers' numbers as they are in memory, big-endian, so that
 * {@code predict} reads them in a few milliseconds (the same model as JSON, 5 x 200 trees, is 230 KB of decimal
 * text, about 40 ms to tokenize in a fresh process). Bit for bit the scorer that was checked against Tribuo.
 * <pre>
 * file    := "mlgate-scorer" version:int(1) scorer
 * scorer  := 1 linear | 2 trees | 3 average
 * linear  := n:int intercept:double weight:double * n
 * trees   := classes:int broken_class:int count:int tree * count
 * tree    := size:int feature:int * size threshold:float * size yes:int * size no:int * size missing:int * size
 *            leaf:double * size
 * average := count:int scorer * count            (members are linear or trees)
 * </pre>
 */
final class ScorerBinary {
    private static final byte[] MAGIC = "mlgate-scorer".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    private static final byte LINEAR = 1;
    private static final byte TREES = 2;
    private static final byte AVERAGE = 3;

    private ScorerBinary() {
    }

    static byte[] write(Scorer s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(VERSION);
            scorer(out, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void scorer(DataOutputStream out, Scorer s) throws IOException {
        if (s instanceof LinearScorer l) {
            out.writeByte(LINEAR);
            double[] w = l.weights();
            out.writeInt(w.length);
            out.writeDouble(l.intercept());
            for (double x : w) {
                out.writeDouble(x);
            }
        } else if (s instanceof TreeScorer t) {
            out.writeByte(TREES);
            out.writeInt(t.classes());
            out.writeInt(t.brokenClass());
            out.writeInt(t.trees().size());
            for (TreeScorer.Tree tree : t.trees()) {
                int n = tree.feature().length;
                out.writeInt(n);
                for (int x : tree.feature()) {
                    out.writeInt(x);
                }
                for (float x : tree.threshold()) {
                    out.writeFloat(x);
                }
                for (int[] a : new int[][]{tree.yes(), tree.no(), tree.missing()}) {
                    for (int x : a) {
                        out.writeInt(x);
                    }
                }
                for (double x : tree.leaf()) {
                    out.writeDouble(x);
                }
            }
        } else if (s instanceof AverageScorer a) {
            out.writeByte(AVERAGE);
            out.writeInt(a.members().size());
            for (Scorer m : a.members()) {
                scorer(out, m);
            }
        } else {
            throw new IllegalArgumentException("no file format for " + s.getClass().getSimpleName());
        }
    }

    /** The scorer in {@code bytes}, over {@code features} model values; an IllegalArgumentException says what is wrong. */
    static Scorer read(byte[] bytes, int features) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            byte[] magic = new byte[MAGIC.length];
            in.get(magic);
            if (!java.util.Arrays.equals(magic, MAGIC) || in.getInt() != VERSION) {
                throw new IllegalArgumentException("not an mlgate scorer file of version " + VERSION);
            }
            Scorer s = scorer(in, features, true);
            if (in.hasRemaining()) {
                throw new IllegalArgumentException(in.remaining() + " bytes after the scorer");
            }
            return s;
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("the file ends inside the scorer");
        }
    }

    private static Scorer scorer(ByteBuffer in, int features, boolean top) {
        byte kind = in.get();
        switch (kind) {
            case LINEAR -> {
                int n = count(in, 8);
                if (n != features) {
                    throw new IllegalArgumentException("expected " + features + " weights, found " + n);
                }
                double intercept = in.getDouble();
                double[] w = new double[n];
                in.asDoubleBuffer().get(w);
                in.position(in.position() + 8 * n);
                return new LinearScorer(intercept, w);
            }
            case TREES -> {
                int classes = in.getInt();
                int broken = in.getInt();
                int count = count(in, 4);
                List<TreeScorer.Tree> trees = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    trees.add(tree(in, features));
                }
                return new TreeScorer(classes, broken, trees);
            }
            case AVERAGE -> {
                if (!top) {
                    throw new IllegalArgumentException("an average inside an average");
                }
                int count = count(in, 1);
                List<Scorer> members = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    members.add(scorer(in, features, false));
                }
                return new AverageScorer(members);
            }
            default -> throw new IllegalArgumentException("unknown scorer kind " + kind);
        }
    }

    private static TreeScorer.Tree tree(ByteBuffer in, int features) {
        int n = count(in, 28);
        TreeScorer.Tree t = TreeScorer.Tree.sized(n);
        in.asIntBuffer().get(t.feature());
        in.position(in.position() + 4 * n);
        for (int f : t.feature()) {
            if (f >= features) {
                throw new IllegalArgumentException("tree splits on feature " + f + " of " + features);
            }
        }
        in.asFloatBuffer().get(t.threshold());
        in.position(in.position() + 4 * n);
        for (int[] a : new int[][]{t.yes(), t.no(), t.missing()}) {
            in.asIntBuffer().get(a);
            in.position(in.position() + 4 * n);
            for (int node : a) {
                if (node < 0 || node >= n) {
                    throw new IllegalArgumentException("a tree of " + n + " nodes points to node " + node);
                }
            }
        }
        in.asDoubleBuffer().get(t.leaf());
        in.position(in.position() + 8 * n);
        return t;
    }

    /** A count of items of at least {@code minBytes} each, checked against what the file has left. */
    private static int count(ByteBuffer in, int minBytes) {
        int n = in.getInt();
        if (n < 0 || (long) n * minBytes > in.remaining()) {
            throw new IllegalArgumentException("a count of " + n + " does not fit in the " + in.remaining() + " bytes left");
        }
        return n;
    }
}
