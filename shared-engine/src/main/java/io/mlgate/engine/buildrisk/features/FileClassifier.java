package io.mlgate.engine.buildrisk.features;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sorts a repository path into one {@link FileKind}, first match wins: CI configuration ({@code .travis.yml},
 * {@code .github/workflows/}, {@code Jenkinsfile}, ...), dependency lock files and lists ({@code *.lock},
 * {@code requirements*.txt}, wrapper properties, ...), build configuration ({@code pom.xml}, Gradle, Ant, Make,
 * CMake, Bazel, {@code package.json}, {@code mx.*}/ suites, ...), tests (a {@code test}/{@code tests} directory or a
 * test-named file), documentation, source code by extension, other. A build file whose changed lines name
 * dependencies or versions also counts as touching dependencies ({@link #isManifest}, {@link #namesDependency}).
 */
public final class FileClassifier {
    private static final Pattern CI = Pattern.compile("(^|/)(\\.travis\\.yml|\\.gitlab-ci\\.yml|appveyor\\.yml|"
            + "azure-pipelines\\.yml|\\.drone\\.yml|bitbucket-pipelines\\.yml|\\.cirrus\\.yml|codecov\\.yml|"
            + "Jenkinsfile[^/]*)$|^(\\.github/workflows|\\.github/actions|\\.circleci|\\.buildkite|\\.travis|\\.ci)/");
    private static final Pattern DEPENDENCIES = Pattern.compile("(^|/)([^/]+\\.lock|package-lock\\.json|"
            + "pnpm-lock\\.yaml|go\\.sum|requirements[^/]*\\.txt|libs\\.versions\\.toml|gradle-wrapper\\.properties|"
            + "maven-wrapper\\.properties|dependencies\\.gradle|versions\\.properties)$");
    private static final Pattern BUILD = Pattern.compile("(^|/)(pom\\.xml|[^/]+\\.gradle(\\.kts)?|gradle\\.properties|"
            + "gradlew(\\.bat)?|mvnw(\\.cmd)?|build\\.xml|ivy\\.xml|[Mm]akefile|GNUmakefile|[^/]+\\.mk|CMakeLists\\.txt|"
            + "[^/]+\\.cmake|meson\\.build|BUILD(\\.bazel)?|WORKSPACE|[^/]+\\.bzl|build\\.sbt|package\\.json|setup\\.py|"
            + "setup\\.cfg|pyproject\\.toml|tox\\.ini|Cargo\\.toml|go\\.mod|Gemfile|[^/]+\\.gemspec|Dockerfile[^/]*)$"
            + "|(^|/)mx\\.[^/]+/[^/]+\\.py$|^\\.mvn/|^project/[^/]+\\.(sbt|scala)$");
    private static final Pattern MANIFEST = Pattern.compile("(^|/)(pom\\.xml|[^/]+\\.gradle(\\.kts)?|package\\.json|"
            + "setup\\.py|pyproject\\.toml|Cargo\\.toml|go\\.mod|Gemfile|build\\.sbt|ivy\\.xml|suite\\.py)$");
    private static final Pattern DEPENDENCY_LINE = Pattern.compile("(?i)<dependency|<version>|<artifactid>|"
            + "<groupid>|<parent>|\\b(implementation|api|compile|compileonly|runtimeonly|testimplementation|"
            + "testcompile|classpath|kapt|annotationprocessor)\\b\\s*[(\"'\\s]|\\bversion\\b|\\bsha1\\b|"
            + "\"[^\"]+\"\\s*:\\s*\"[~^<>=]*v?\\d+\\.\\d+|\\brequire\\b");
    private static final Pattern TEST_DIR = Pattern.compile("(^|/)(test|tests|testsuite|testing|__tests__|spec|it)/");
    private static final Pattern TEST_FILE = Pattern.compile("(^|/)(Test[^/]*\\.\\w+|[^/]+(Test|Tests|IT|TestCase)\\."
            + "\\w+|[^/]+_test\\.\\w+|test_[^/]+\\.py|[^/]+\\.(spec|test)\\.[jt]sx?)$");
    private static final Pattern DOC_NAME = Pattern.compile("(^|/)(README|LICEN[CS]E|CHANGELOG|CHANGES|NOTICE|AUTHORS|"
            + "CONTRIBUTING|CODE_OF_CONDUCT|HISTORY|RELEASE[_-]NOTES)[^/]*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> DOC_EXT = Set.of("md", "markdown", "adoc", "asciidoc", "rst", "txt");
    private static final Pattern DOC_DIR = Pattern.compile("^(docs?|documentation|site|javadoc)/");
    private static final Set<String> SOURCE_EXT = Set.of("java", "kt", "scala", "groovy", "clj", "c", "h", "cc", "cpp",
            "cxx", "hpp", "hh", "m", "mm", "swift", "go", "rs", "py", "rb", "js", "jsx", "mjs", "ts", "tsx", "php",
            "cs", "fs", "vb", "pl", "lua", "ll", "s", "asm", "f", "f90", "sh", "sql", "proto", "thrift", "g4", "jj",
            "xtend", "dart", "r", "jl", "hs", "ml", "ex", "erl", "zig", "cu");

    private FileClassifier() {
    }

    public static FileKind kind(String path) {
        if (CI.matcher(path).find()) {
            return FileKind.CI_CONFIG;
        }
        if (DEPENDENCIES.matcher(path).find()) {
            return FileKind.DEPENDENCIES;
        }
        if (BUILD.matcher(path).find()) {
            return FileKind.BUILD_CONFIG;
        }
        String ext = extension(path);
        if (TEST_DIR.matcher(path).find() || TEST_FILE.matcher(path).find()) {
            return FileKind.TEST;
        }
        if (DOC_NAME.matcher(path).find() || DOC_EXT.contains(ext) || DOC_DIR.matcher(path).find()) {
            return FileKind.DOCS;
        }
        return SOURCE_EXT.contains(ext) ? FileKind.SOURCE : FileKind.OTHER;
    }

    /** A build file that declares dependencies; its changed lines decide whether dependencies were touched. */
    public static boolean isManifest(String path) {
        return MANIFEST.matcher(path).find();
    }

    /** Whether a changed line of a manifest names a dependency or a version. */
    public static boolean namesDependency(String line) {
        return DEPENDENCY_LINE.matcher(line).find();
    }

    private static String extension(String path) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash + 1 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
