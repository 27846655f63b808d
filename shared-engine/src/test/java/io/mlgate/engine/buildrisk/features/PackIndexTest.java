package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.GitFixture;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.internal.storage.file.BasePackIndexWriter;
import org.eclipse.jgit.internal.storage.file.PackIndex;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.transport.PackedObjectInfo;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.mlgate.engine.buildrisk.GitFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * mlgate's reader of version-2 pack indexes (in JGit's place, src/jgit/java): on indexes JGit's writer wrote, every
 * lookup gives what the written entries say, read from a mapped file and from a stream alike; a repository packed
 * by JGit's gc reads back whole through it; a damaged index is an error, not a wrong answer.
 */
class PackIndexTest {
    @TempDir
    Path dir;

    private static List<PackedObjectInfo> entries(Random r, int n) {
        List<PackedObjectInfo> out = new ArrayList<>();
        Set<ObjectId> seen = new HashSet<>();
        byte[] raw = new byte[20];
        while (out.size() < n) {
            r.nextBytes(raw);
            if (out.size() % 7 == 3) { // neighbours that share a long prefix, for abbreviations that match several
                ObjectId prev = out.get(out.size() - 1);
                prev.copyRawTo(raw, 0);
                raw[19] ^= (byte) (1 + r.nextInt(255));
            }
            ObjectId id = ObjectId.fromRaw(raw);
            if (!seen.add(id)) {
                continue;
            }
            PackedObjectInfo e = new PackedObjectInfo(id);
            // every tenth past 2 GiB (the 64-bit table), some past 4 GiB
            e.setOffset(out.size() % 10 == 0 ? (1L << 31) + r.nextLong(1L << 34) : 12 + r.nextInt(Integer.MAX_VALUE - 12));
            e.setCRC(r.nextInt());
            out.add(e);
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static byte[] written(List<PackedObjectInfo> entries, byte[] packChecksum) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BasePackIndexWriter.createVersion(out, 2).write(entries, packChecksum);
        return out.toByteArray();
    }

    private List<PackIndex> opened(byte[] bytes) throws IOException {
        Path f = dir.resolve("pack-" + bytes.length + ".idx");
        Files.write(f, bytes);
        return List.of(PackIndex.open(f.toFile()), PackIndex.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void everyLookupGivesWhatTheWriterWasGiven() throws Exception {
        Random r = new Random(17);
        List<PackedObjectInfo> entries = entries(r, 5000);
        byte[] checksum = new byte[20];
        r.nextBytes(checksum);
        byte[] bytes = written(entries, checksum);
        for (PackIndex idx : opened(bytes)) {
            assertThat(Arrays.stream(idx.getClass().getDeclaredConstructors()).map(c -> List.of(c.getParameterTypes())))
                    .as("mlgate's reader, not JGit's").contains(List.of(ByteBuffer.class));
            assertThat(idx.getObjectCount()).isEqualTo(5000);
            assertThat(idx.getOffset64Count()).isEqualTo(500);
            assertThat(idx.getChecksum()).isEqualTo(checksum);
            assertThat(idx.hasCRC32Support()).isTrue();
            Iterator<PackIndex.MutableEntry> it = idx.iterator();
            for (int i = 0; i < entries.size(); i++) {
                PackedObjectInfo e = entries.get(i);
                assertThat(idx.getObjectId(i)).isEqualTo(e);
                assertThat(idx.getObjectId((long) i)).isEqualTo(e);
                assertThat(idx.getOffset(i)).isEqualTo(e.getOffset());
                assertThat(idx.findOffset(e)).isEqualTo(e.getOffset());
                assertThat(idx.findPosition(e)).isEqualTo(i);
                assertThat(idx.findCRC32(e)).isEqualTo(Integer.toUnsignedLong(e.getCRC()));
                assertThat(idx.hasObject(e)).isTrue();
                PackIndex.MutableEntry m = it.next();
                assertThat(m.toObjectId()).isEqualTo(e);
                assertThat(m.getOffset()).isEqualTo(e.getOffset());
            }
            assertThat(it.hasNext()).isFalse();
            Set<ObjectId> known = new HashSet<>(entries);
            for (int k = 0; k < 2000; k++) {
                byte[] raw = new byte[20];
                r.nextBytes(raw);
                ObjectId absent = ObjectId.fromRaw(raw);
                if (known.contains(absent)) {
                    continue;
                }
                assertThat(idx.findOffset(absent)).isEqualTo(-1);
                assertThat(idx.findPosition(absent)).isEqualTo(-1);
                assertThatThrownBy(() -> idx.findCRC32(absent)).isInstanceOf(MissingObjectException.class);
            }
            assertThatThrownBy(() -> idx.getOffset(5000)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void abbreviationsResolveToEveryIdTheyStartAndNoMore() throws Exception {
        Random r = new Random(23);
        List<PackedObjectInfo> entries = entries(r, 3000);
        for (PackIndex idx : opened(written(entries, new byte[20]))) {
            for (int k = 0; k < 600; k++) {
                String name = entries.get(r.nextInt(entries.size())).name();
                String prefix = k % 3 == 0 ? name.substring(0, 38) : name.substring(0, 2 + r.nextInt(6));
                if (k % 5 == 0) { // a prefix that may be nobody's
                    prefix = prefix.substring(0, prefix.length() - 1) + "0123456789abcdef".charAt(r.nextInt(16));
                }
                String p = prefix;
                Set<ObjectId> expected = new HashSet<>(entries.stream().filter(e -> e.name().startsWith(p))
                        .map(ObjectId::copy).toList());
                Set<ObjectId> found = new HashSet<>();
                idx.resolve(found, AbbreviatedObjectId.fromString(prefix), 1_000_000);
                assertThat(found).as(prefix).isEqualTo(expected);
                Set<ObjectId> limited = new HashSet<>();
                idx.resolve(limited, AbbreviatedObjectId.fromString(prefix), 1);
                assertThat(limited).hasSize(Math.min(expected.size(), 2));
                assertThat(expected).containsAll(limited);
            }
        }
    }

    @Test
    void anEmptyIndexHoldsNothing() throws Exception {
        for (PackIndex idx : opened(written(List.of(), new byte[20]))) {
            assertThat(idx.getObjectCount()).isZero();
            assertThat(idx.iterator().hasNext()).isFalse();
            assertThat(idx.findOffset(ObjectId.zeroId())).isEqualTo(-1);
        }
    }

    @Test
    void aDamagedIndexIsAnErrorNotAWrongAnswer() throws Exception {
        byte[] good = written(entries(new Random(5), 300), new byte[20]);
        byte[] truncated = Arrays.copyOf(good, good.length - 7);
        byte[] shortTables = Arrays.copyOf(good, 8 + 1024 + 10);
        byte[] unsorted = good.clone();
        unsorted[8 + 4 * 200 + 3] ^= (byte) 0xff; // a fan-out count out of order
        unsorted[8 + 4 * 200] = 0x7f;
        for (byte[] bad : List.of(truncated, shortTables, unsorted)) {
            Path f = dir.resolve("bad.idx");
            Files.write(f, bad);
            assertThatThrownBy(() -> PackIndex.open(f.toFile())).isInstanceOf(IOException.class)
                    .hasMessageContaining("bad.idx");
            assertThatThrownBy(() -> PackIndex.read(new ByteArrayInputStream(bad))).isInstanceOf(IOException.class)
                    .hasMessageContaining("pack index");
        }
    }

    @Test
    void aRepositoryPackedByGcReadsBackWhole() throws Exception {
        Path repo = dir.resolve("repo");
        Map<String, String> last = new TreeMap<>();
        try (GitFixture g = GitFixture.init(repo)) {
            for (int c = 0; c < 40; c++) {
                last.put("src/f" + (c % 13) + ".txt", GitFixture.lines(c, 20 + c));
                g.commit("ann", T0.plusSeconds(60L * c), Map.copyOf(last));
            }
        }
        try (Git git = Git.open(repo.toFile())) {
            git.gc().setAggressive(false).call();
        }
        try (Stream<Path> files = Files.walk(repo.resolve(".git/objects"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".idx")).count()).as("packed").isGreaterThan(0);
        }
        try (Git git = Git.open(repo.toFile()); ObjectReader reader = git.getRepository().newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            RevCommit head = walk.parseCommit(git.getRepository().resolve("HEAD"));
            int commits = 1;
            for (RevCommit c = head; c.getParentCount() > 0; c = walk.parseCommit(c.getParent(0))) {
                commits++;
            }
            assertThat(commits).isEqualTo(40);
            try (TreeWalk tw = new TreeWalk(reader)) {
                tw.addTree(head.getTree());
                tw.setRecursive(true);
                Map<String, String> read = new TreeMap<>();
                while (tw.next()) {
                    read.put(tw.getPathString(), new String(reader.open(tw.getObjectId(0)).getBytes(),
                            StandardCharsets.UTF_8));
                }
                assertThat(read).isEqualTo(last);
            }
        }
    }
}
