package io.mlgate.engine.data;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.io.Fingerprints;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fingerprints hashed before registration are used only when they are of exactly the dataset's files. */
class FingerprintsAheadTest extends ScanEngineTest {

    @Test
    void theDatasetTakesWhatWasHashedAhead() throws Exception {
        Path f = TestFiles.write(dir, "d.csv", "a,b\n1,2\n");
        String before = Fingerprints.sha256(f);
        DataSource source = DataSource.of(f.toString());
        FingerprintsAhead ahead = FingerprintsAhead.start(List.of(source));
        ahead.awaitDone();
        Dataset ds = engine.registerUnread("d", source);
        ahead.handTo(ds);
        // the file changes after it was hashed ahead: the dataset reports the hash taken ahead, not a second one
        Files.writeString(f, "a,b\n3,4\n");
        assertThat(ds.fingerprints()).isEqualTo(Map.of(f.toString(), before));
    }

    @Test
    void aFileMissingAheadIsHashedByTheDataset() {
        Path f = dir.resolve("late.csv");
        DataSource source = DataSource.of(f.toString());
        FingerprintsAhead ahead = FingerprintsAhead.start(List.of(source));
        ahead.awaitDone();
        TestFiles.write(dir, "late.csv", "a\n1\n");
        Dataset ds = engine.registerUnread("d", source);
        ahead.handTo(ds);
        assertThat(ds.fingerprints()).isEqualTo(Map.of(f.toString(), Fingerprints.sha256(f)));
    }

    @Test
    void otherFilesThanHashedAheadAreHashedByTheDataset() {
        Path one = TestFiles.write(dir, "parts/a.csv", "x\n1\n");
        DataSource source = DataSource.of(dir.resolve("parts").resolve("*.csv").toString());
        FingerprintsAhead ahead = FingerprintsAhead.start(List.of(source));
        ahead.awaitDone();
        Path two = TestFiles.write(dir, "parts/b.csv", "x\n2\n");
        Dataset ds = engine.registerUnread("d", source);
        ahead.handTo(ds);
        assertThat(ds.fingerprints()).isEqualTo(Map.of(one.toString(), Fingerprints.sha256(one),
                two.toString(), Fingerprints.sha256(two)));
    }

    @Test
    void aMissingFileStillFailsAtRegistration() {
        Path f = dir.resolve("none.csv");
        DataSource source = DataSource.of(f.toString());
        FingerprintsAhead.start(List.of(source)).awaitDone();
        assertThatThrownBy(() -> engine.registerUnread("d", source)).isInstanceOf(BadInputException.class)
                .hasMessage(f + ": no such file or directory");
    }

    @Test
    void aDatasetOfAnotherSourceIsHashedAsBefore() {
        Path a = TestFiles.write(dir, "a.csv", "x\n1\n");
        Path b = TestFiles.write(dir, "b.csv", "x\n2\n");
        FingerprintsAhead ahead = FingerprintsAhead.start(List.of(DataSource.of(a.toString()),
                DataSource.of(a.toString())));
        Dataset ds = engine.registerUnread("b", DataSource.of(b.toString()));
        ahead.handTo(ds);
        assertThat(ds.fingerprints()).isEqualTo(Map.of(b.toString(), Fingerprints.sha256(b)));
    }
}
