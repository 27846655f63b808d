package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Checks done in Java before the scan engine sees a file, so their errors are exact and cheap. */
final class InputChecks {
    private static final byte[] PARQUET_MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private InputChecks() {
    }

    /** The file exists, can be opened for reading and is not empty. */
    static void readable(Path file) {
        if (!Files.exists(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (in.read() < 0) {
                throw new BadInputException(file + ": is empty (0 bytes); expected a header or data");
            }
        } catch (AccessDeniedException e) {
            throw new BadInputException(file + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** A Parquet file starts and ends with the magic bytes {@code PAR1}. */
    static void parquetMagic(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            byte[] head = new byte[4];
            byte[] tail = new byte[4];
            boolean ok = len >= 12;
            if (ok) {
                raf.readFully(head);
                raf.seek(len - 4);
                raf.readFully(tail);
                ok = Arrays.equals(head, PARQUET_MAGIC) && Arrays.equals(tail, PARQUET_MAGIC);
            }
            if (!ok) {
                throw new BadInputException(file + ": is not a Parquet file (expected the magic bytes PAR1 at its "
                        + "start and end)");
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The encoding to hand the scan engine: the user's choice, or for {@code auto} the one a byte-order mark
     * names (UTF-8 or UTF-16LE), else UTF-8. UTF-16BE cannot be read and is reported.
     */
    static String encoding(Path file, String requested) {
        byte[] head = new byte[3];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 3);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
            throw new BadInputException(file + ": is UTF-16 big-endian, which cannot be read; convert it to UTF-8");
        }
        if (!"auto".equals(requested)) {
            return requested;
        }
        if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
            return "utf-16";
        }
        return "utf-8";
    }
}
