package io.mlgate.engine.buildrisk.model;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The card's length and CRC-32C of a file: the standard check value, and what they catch. */
class FileCheckTest {
    @Test
    void crc32cOfTheCheckStringIsTheStandardsValue() {
        assertThat(FileCheck.crc32c("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo("e3069283");
        assertThat(FileCheck.crc32c(new byte[0])).isEqualTo("00000000");
    }

    @Test
    void aChangedByteOrLengthDoesNotMatch() {
        byte[] bytes = "builds\t2\nlast_build\t7\n".getBytes(StandardCharsets.UTF_8);
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        assertThat(FileCheck.described(entry)).isFalse();
        FileCheck.describe(entry, bytes);
        assertThat(FileCheck.described(entry)).isTrue();
        assertThat(FileCheck.matches(entry, bytes.clone())).isTrue();
        byte[] flipped = bytes.clone();
        flipped[3] ^= 0x20;
        assertThat(FileCheck.matches(entry, flipped)).isFalse();
        assertThat(FileCheck.matches(entry, java.util.Arrays.copyOf(bytes, bytes.length + 1))).isFalse();
    }
}
