package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * How {@code predict} checks the files of a model it loads on every run (the plain-Java scorer and the replay state)
 * against the card: by length and CRC-32C, which the card records beside each file's SHA-256. The SHA-256 stays the
 * file's identity (what a registry or a report names); the check only has to catch a file changed or swapped without
 * its card, which length and CRC-32C do, and a fresh JVM computes CRC-32C with the processor's instruction (about
 * 2 ms for the 2 MB replay state of a 23,000-build history) where its SHA-256 runs in compiled Java until much later
 * (40-80 ms). Cards written before these fields are checked by SHA-256.
 */
final class FileCheck {
    private static final String LENGTH = "bytes";
    private static final String CRC = "crc32c";

    private FileCheck() {
    }

    /** Records the length and CRC-32C of {@code bytes} in the card entry {@code entry}. */
    static void describe(ObjectNode entry, byte[] bytes) {
        entry.put(LENGTH, bytes.length);
        entry.put(CRC, crc32c(bytes));
    }

    /** Whether the card entry records a length and CRC-32C. */
    static boolean described(JsonNode entry) {
        return entry.path(LENGTH).isIntegralNumber() && entry.path(CRC).isTextual();
    }

    /** Whether {@code bytes} have the length and CRC-32C the card entry records. */
    static boolean matches(JsonNode entry, byte[] bytes) {
        return entry.path(LENGTH).asLong() == bytes.length && entry.path(CRC).asText().equals(crc32c(bytes));
    }

    /** The CRC-32C of {@code bytes} as eight lower-case hex digits. */
    static String crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }
}
