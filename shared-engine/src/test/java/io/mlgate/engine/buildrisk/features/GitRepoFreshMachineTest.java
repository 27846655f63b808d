package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.GitFixture;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.util.FS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A repository opened on a machine where JGit has never run (no {@code ~/.config/jgit/config}, as on a fresh CI
 * runner): in a fresh JVM whose home is an empty directory, JGit measures no file system, so it writes no probe
 * files into the repository and saves nothing in the home directory (it did both, and took seconds, before
 * {@link GitRepo.SystemConfig}).
 */
class GitRepoFreshMachineTest {
    @TempDir
    Path dir;

    @Test
    void aFreshHomeGetsNoMeasuringAndNoFiles() throws Exception {
        openInFreshJvm("opened");
    }

    /** {@link GitRepo#prepare} on a second thread, racing the open, as {@code mlgate buildrisk predict} runs it. */
    @Test
    void preparingOnAnotherThreadMeasuresNothingEither() throws Exception {
        assertThat(openInFreshJvm("prepared")).contains("prepared");
    }

    private String openInFreshJvm(String mode) throws Exception {
        Path repo = dir.resolve("repo");
        String sha;
        try (GitFixture git = GitFixture.init(repo)) {
            git.commit("ann", GitFixture.T0, GitFixture.files("a.txt", "1\n"));
            sha = git.commit("bob", GitFixture.T0.plusSeconds(60), GitFixture.files("a.txt", "2\n", "pom.xml", "<p/>"));
        }
        List<Path> before = files(repo);
        Path home = Files.createDirectories(dir.resolve("home"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), OpenOnce.class.getName(),
                repo.toString(), sha, mode).redirectErrorStream(true);
        pb.environment().put("HOME", home.toString());
        pb.environment().remove("XDG_CONFIG_HOME");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains(sha);
        assertThat(out).as("one SLF4J binding (compiled in), no warning").doesNotContain("SLF4J");
        assertThat(out).as("JGit's message bundle, loaded for its shutdown hook unless told it runs in a container")
                .doesNotContain("org.eclipse.jgit.internal.JGitText ");
        assertThat(files(home)).as("files JGit saved in the home directory").isEmpty();
        assertThat(files(repo)).as("the repository's files").isEqualTo(before);
        return out;
    }

    @Test
    void everyFileStoreGetsJGitsFallbackResolution() throws Exception {
        GitRepo.SystemConfig config = new GitRepo.SystemConfig(null, FS.DETECTED);
        FileStore store = Files.getFileStore(dir);
        String key = System.getProperty("java.vendor") + '|' + System.getProperty("java.version") + '|' + store.name();
        assertThat(config.getTimeUnit(ConfigConstants.CONFIG_FILESYSTEM_SECTION, key,
                ConfigConstants.CONFIG_KEY_TIMESTAMP_RESOLUTION, -1, TimeUnit.NANOSECONDS))
                .isEqualTo(FS.FileStoreAttributes.FALLBACK_TIMESTAMP_RESOLUTION.toNanos());
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
