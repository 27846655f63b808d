package org.eclipse.jgit.internal.storage.file;

import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.AbbreviatedObjectId;
import org.eclipse.jgit.lib.AnyObjectId;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.util.SystemReader;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * mlgate's reader of git's version-2 pack index ({@code .idx}) files, written for mlgate in place of JGit's class
 * of this name (whose source the build leaves out; same name, package and constructor, so that JGit's
 * {@code PackIndex.read} makes this one). JGit's reads the whole file into arrays when a pack is first used: on
 * a large repository (jenkinsci/jenkins: a 20 MB index of 700,000 objects) that was about half of the CPU of a
 * {@code buildrisk predict} that looks up a few thousand objects. This one maps the file and looks each object up
 * in place (fan-out table, then a binary search among the names of its first byte), so a run touches only the
 * pages it needs.
 *
 * <p>The format (git's {@code Documentation/gitformat-pack.txt}): the magic number and version (8 bytes), 256
 * cumulative object counts by first byte, the sorted object names (20 bytes each), their CRC-32s, their 32-bit pack
 * offsets (the high bit set: an index into the 64-bit table that follows), then the pack's and the index's SHA-1.
 *
 * <p>A file is mapped when the stream is a file's and the system is not Windows (where a mapped file cannot be
 * deleted while the mapping lives, and {@code git gc} deletes old indexes); otherwise its bytes are read into
 * memory, as are those of any other stream. The buffer is read with absolute gets only, so it is safe to share
 * among threads as JGit does. Index files of 2 GiB and more are not read (about 75 million objects in one pack).
 */
class PackIndexV2 implements PackIndex {
    private static final int FANOUT_AT = 8;
    private static final int NAMES_AT = FANOUT_AT + 256 * 4;
    private static final int NAME_BYTES = 20;
    private static final int TRAILER_BYTES = 2 * NAME_BYTES;
    /** A 32-bit offset with this bit set is the position of its offset in the 64-bit table. */
    private static final long IN_LARGE_TABLE = 1L << 31;
    private static final byte[] HEADER = {(byte) 0xff, 't', 'O', 'c', 0, 0, 0, 2};

    private final ByteBuffer file;
    /** Objects whose name's first byte is at most k: the fan-out table. */
    private final int[] fanout = new int[256];
    private final int count;
    private final int crcAt;
    private final int offsetsAt;
    private final int largeOffsetsAt;
    private final int largeOffsets;
    private final byte[] packChecksum = new byte[NAME_BYTES];

    /** The index whose first 8 bytes (magic number and version 2) {@code in} has already given. */
    PackIndexV2(InputStream in) throws IOException {
        this(contents(in));
    }

    /** The index in {@code file}, header included, from position 0. */
    PackIndexV2(ByteBuffer file) throws IOException {
        this.file = file;
        int size = file.limit();
        if (size < NAMES_AT + TRAILER_BYTES) {
            throw new IOException("pack index: " + size + " bytes, too short for its tables");
        }
        int before = 0;
        for (int k = 0; k < 256; k++) {
            fanout[k] = file.getInt(FANOUT_AT + 4 * k);
            if (fanout[k] < before) {
                throw new IOException("pack index: fan-out entry " + k + " is below the one before it (corrupt)");
            }
            before = fanout[k];
        }
        count = fanout[255];
        long tables = NAMES_AT + (long) count * (NAME_BYTES + 4 + 4);
        long rest = size - TRAILER_BYTES - tables;
        if (rest < 0 || rest % 8 != 0) {
            throw new IOException("pack index: " + size + " bytes do not hold the tables of " + count + " objects");
        }
        crcAt = NAMES_AT + count * NAME_BYTES;
        offsetsAt = crcAt + count * 4;
        largeOffsetsAt = offsetsAt + count * 4;
        largeOffsets = (int) (rest / 8);
        file.get(size - TRAILER_BYTES, packChecksum);
    }

    private static ByteBuffer contents(InputStream in) throws IOException {
        if (in instanceof FileInputStream f && !SystemReader.getInstance().isWindows()) {
            FileChannel channel = f.getChannel();
            long size = channel.size();
            if (size > Integer.MAX_VALUE) {
                throw new IOException("pack index: " + size + " bytes; indexes of 2 GiB and more are not read");
            }
            return channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
        }
        byte[] rest = in.readAllBytes();
        return ByteBuffer.allocate(HEADER.length + rest.length).put(HEADER).put(rest).flip();
    }

    @Override
    public long getObjectCount() {
        return count;
    }

    @Override
    public long getOffset64Count() {
        return largeOffsets;
    }

    @Override
    public ObjectId getObjectId(long nthPosition) {
        int at = NAMES_AT + position(nthPosition) * NAME_BYTES;
        return new ObjectId(file.getInt(at), file.getInt(at + 4), file.getInt(at + 8), file.getInt(at + 12),
                file.getInt(at + 16));
    }

    @Override
    public long getOffset(long nthPosition) {
        long offset = Integer.toUnsignedLong(file.getInt(offsetsAt + 4 * position(nthPosition)));
        if ((offset & IN_LARGE_TABLE) == 0) {
            return offset;
        }
        long large = offset & ~IN_LARGE_TABLE;
        if (large >= largeOffsets) {
            throw new IllegalStateException("pack index: object " + nthPosition + " names 64-bit offset " + large
                    + " of " + largeOffsets + " (corrupt)");
        }
        return file.getLong(largeOffsetsAt + 8 * (int) large);
    }

    @Override
    public long findOffset(AnyObjectId objId) {
        int p = findPosition(objId);
        return p < 0 ? -1 : getOffset(p);
    }

    @Override
    public int findPosition(AnyObjectId objId) {
        int first = objId.getFirstByte();
        int low = first == 0 ? 0 : fanout[first - 1];
        int high = fanout[first];
        int[] name = new int[5];
        while (low < high) {
            int mid = (low + high) >>> 1;
            int c = objId.compareTo(name(mid, name), 0);
            if (c == 0) {
                return mid;
            } else if (c < 0) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return -1;
    }

    @Override
    public long findCRC32(AnyObjectId objId) throws MissingObjectException {
        int p = findPosition(objId);
        if (p < 0) {
            throw new MissingObjectException(objId.copy(), "unknown");
        }
        return Integer.toUnsignedLong(file.getInt(crcAt + 4 * p));
    }

    @Override
    public boolean hasCRC32Support() {
        return true;
    }

    @Override
    public Iterator<MutableEntry> iterator() {
        return new EntriesIterator(count) {
            private final int[] name = new int[5];
            private int next;

            @Override
            protected void readNext() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                setIdBuffer(name(next, name), 0);
                setOffset(getOffset(next));
                next++;
            }
        };
    }

    @Override
    public void resolve(Set<ObjectId> matches, AbbreviatedObjectId id, int matchLimit) {
        int first = id.getFirstByte();
        int low = first == 0 ? 0 : fanout[first - 1];
        int high = fanout[first];
        int[] name = new int[5];
        while (low < high) { // the first name not below the prefix
            int mid = (low + high) >>> 1;
            if (id.prefixCompare(name(mid, name), 0) > 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int p = low; p < fanout[first] && id.prefixCompare(name(p, name), 0) == 0; p++) {
            matches.add(ObjectId.fromRaw(name));
            if (matches.size() > matchLimit) {
                return;
            }
        }
    }

    @Override
    public byte[] getChecksum() {
        return packChecksum;
    }

    /** The {@code p}-th name, as five big-endian words, into {@code into}. */
    private int[] name(int p, int[] into) {
        int at = NAMES_AT + p * NAME_BYTES;
        for (int w = 0; w < 5; w++) {
            into[w] = file.getInt(at + 4 * w);
        }
        return into;
    }

    private int position(long nthPosition) {
        if (nthPosition < 0 || nthPosition >= count) {
            throw new IndexOutOfBoundsException("pack index: position " + nthPosition + " of " + count + " objects");
        }
        return (int) nthPosition;
    }
}
