package io.mlgate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupCacheTest {
    @TempDir
    Path tmp;

    private static final String HERE = StartupCache.duckdbResource(System.getProperty("os.name"),
            System.getProperty("os.arch"));

    @Test
    void duckdbResourceNamesMatchTheDriver() {
        assertThat(StartupCache.duckdbResource("Linux", "amd64")).isEqualTo("libduckdb_java.so_linux_amd64");
        assertThat(StartupCache.duckdbResource("Linux", "x86_64")).isEqualTo("libduckdb_java.so_linux_amd64");
        assertThat(StartupCache.duckdbResource("Linux", "aarch64")).isEqualTo("libduckdb_java.so_linux_arm64");
        assertThat(StartupCache.duckdbResource("Mac OS X", "aarch64")).isEqualTo("libduckdb_java.so_macos_arm64");
        assertThat(StartupCache.duckdbResource("Windows 11", "amd64")).isEqualTo("libduckdb_java.so_windows_amd64");
    }

    @Test
    void theDriversOwnJarHasTheLibraryUnderThatName() throws IOException {
        // the name must follow the driver on the class path, or the launcher would extract nothing
        Path driver = Path.of(org.duckdb.DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (ZipFile z = new ZipFile(driver.toFile())) {
            assertThat(z.getEntry(HERE)).as(driver + " has " + HERE).isNotNull();
        }
    }

    @Test
    void leanJarKeepsEveryEntryButDuckdbsLibraries() throws IOException {
        Path jar = jar(Map.of("io/mlgate/A.class", "a", "libduckdb_java.so_linux_amd64", "lib1",
                "libduckdb_java.so_macos_arm64", "lib2", "lib/linux/x86_64/libxgboost4j.so", "x",
                "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n"));
        Path lean = tmp.resolve("out/mlgate.jar");
        Files.createDirectories(lean.getParent());
        StartupCache.writeLeanJar(jar, lean);
        assertThat(names(lean)).containsExactlyInAnyOrder("io/mlgate/A.class", "lib/linux/x86_64/libxgboost4j.so",
                "META-INF/MANIFEST.MF");
        try (ZipFile z = new ZipFile(lean.toFile())) {
            assertThat(new String(z.getInputStream(z.getEntry("io/mlgate/A.class")).readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("a");
        }
        assertThat(Files.list(lean.getParent()).map(p -> p.getFileName().toString())).containsExactly("mlgate.jar");
    }

    @Test
    void libraryIsExtractedOnceIntoAFolderNamedByItsCrcAndSize() throws IOException {
        Path jar = jar(Map.of(HERE, "native library bytes"));
        Path libDir = StartupCache.extractDuckdb(jar, tmp.resolve("native"));
        Path lib = libDir.resolve(System.mapLibraryName("duckdb_java"));
        assertThat(Files.readString(lib)).isEqualTo("native library bytes");
        assertThat(libDir.getFileName().toString()).matches("duckdb-[0-9a-f]{8}-20");
        long modified = Files.getLastModifiedTime(lib).toMillis();
        assertThat(StartupCache.extractDuckdb(jar, tmp.resolve("native"))).isEqualTo(libDir);
        assertThat(Files.getLastModifiedTime(lib).toMillis()).isEqualTo(modified);
        assertThat(Files.list(libDir)).hasSize(1);
    }

    @Test
    void aJarWithoutTheLibraryIsAnError() throws IOException {
        Path jar = jar(Map.of("io/mlgate/A.class", "a"));
        assertThatThrownBy(() -> StartupCache.extractDuckdb(jar, tmp.resolve("native"))).hasMessageContaining(HERE);
    }

    @Test
    void prepareWritesReadyLastAndRemovesOlderBuildsOfTheSameJar() throws Exception {
        Path jar = jar(Map.of(HERE, "lib", "io/mlgate/A.class", "a"));
        Path jars = tmp.resolve("cache/jars");
        Path old = Files.createDirectories(jars.resolve("123-1_1_1"));
        Path otherJar = Files.createDirectories(jars.resolve("456-1_1_1"));
        Path notOurs = Files.createDirectories(jars.resolve("123-data"));
        Path dir = jars.resolve("123-2_2_2");
        StartupCache.prepare(jar, dir, tmp.resolve("cache/native"), null, new java.io.PrintStream(OutputStream.nullOutputStream()));
        List<String> ready = Files.readAllLines(dir.resolve("ready"));
        assertThat(Path.of(ready.get(0))).exists().hasContent("lib");
        assertThat(ready.get(1)).startsWith(Path.of(ready.get(0)).getParent() + java.io.File.pathSeparator);
        assertThat(names(dir.resolve("mlgate.jar"))).containsExactly("io/mlgate/A.class");
        assertThat(old).doesNotExist();
        assertThat(otherJar).exists();
        assertThat(notOurs).exists();
        // a second run finds it ready and changes nothing
        long modified = Files.getLastModifiedTime(dir.resolve("mlgate.jar")).toMillis();
        StartupCache.prepare(jar, dir, tmp.resolve("cache/native"), null, new java.io.PrintStream(OutputStream.nullOutputStream()));
        assertThat(Files.getLastModifiedTime(dir.resolve("mlgate.jar")).toMillis()).isEqualTo(modified);
        // the launcher removes 'ready' when the shared library went: the library comes back, the jar stays
        StartupCache.deleteTree(tmp.resolve("cache/native"));
        Files.delete(dir.resolve("ready"));
        StartupCache.prepare(jar, dir, tmp.resolve("cache/native"), null, new java.io.PrintStream(OutputStream.nullOutputStream()));
        assertThat(Path.of(ready.get(0))).exists();
        assertThat(Files.getLastModifiedTime(dir.resolve("mlgate.jar")).toMillis()).isEqualTo(modified);
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = Files.createTempFile(tmp, "test", ".jar");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (var e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return jar;
    }

    private static List<String> names(Path jar) throws IOException {
        try (ZipFile z = new ZipFile(jar.toFile())) {
            return z.stream().map(ZipEntry::getName).collect(Collectors.toList());
        }
    }
}
