package io.mlgate.engine.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain-Java SHA-256 gives FIPS 180-4's example digests and the JDK's digest of any input, fed in any parts. */
class Sha256Test {
    @Test
    void theStandardsExamples() {
        assertThat(Sha256.fingerprint(ascii(""))).isEqualTo(
                "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256.fingerprint(ascii("abc"))).isEqualTo(
                "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.fingerprint(ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))).isEqualTo(
                "sha256:248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        byte[] million = new byte[1_000_000];
        Arrays.fill(million, (byte) 'a');
        assertThat(Sha256.fingerprint(million)).isEqualTo(
                "sha256:cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    @Test
    void theJdksDigestOfEveryLengthAroundTheBlocksAndOfAnyParts() throws Exception {
        Random random = new Random(5);
        for (int length = 0; length < 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String jdk = jdk(bytes);
            assertThat(Sha256.fingerprint(bytes)).as("length %d", length).isEqualTo(jdk);
            Sha256 parts = new Sha256();
            int at = 0;
            while (at < length) {
                int n = Math.min(length - at, random.nextInt(90));
                parts.update(bytes, at, n);
                at += n;
            }
            assertThat(parts.fingerprint()).as("length %d in parts", length).isEqualTo(jdk);
        }
    }

    @Test
    void aCopyFingerprintsTheBeginningWhileTheOriginalGoesOn() throws Exception {
        byte[] bytes = new byte[5000];
        new Random(9).nextBytes(bytes);
        Sha256 digest = new Sha256().update(bytes, 0, 1234);
        Sha256 beginning = digest.copy();
        digest.update(bytes, 1234, bytes.length - 1234);
        assertThat(beginning.fingerprint()).isEqualTo(jdk(Arrays.copyOf(bytes, 1234)));
        assertThat(digest.fingerprint()).isEqualTo(jdk(bytes)).isEqualTo(digest.fingerprint());
        assertThat(Fingerprints.sha256(bytes)).isEqualTo(jdk(bytes));
    }

    private static String jdk(byte[] bytes) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
