package io.mlgate.engine.buildrisk.features;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileClassifierTest {
    @Test
    void kinds() {
        assertThat(FileClassifier.kind("pom.xml")).isEqualTo(FileKind.BUILD_CONFIG);
        assertThat(FileClassifier.kind("core/build.gradle.kts")).isEqualTo(FileKind.BUILD_CONFIG);
        assertThat(FileClassifier.kind("mx.sulong/suite.py")).isEqualTo(FileKind.BUILD_CONFIG);
        assertThat(FileClassifier.kind(".travis.yml")).isEqualTo(FileKind.CI_CONFIG);
        assertThat(FileClassifier.kind(".github/workflows/ci.yml")).isEqualTo(FileKind.CI_CONFIG);
        assertThat(FileClassifier.kind("Jenkinsfile")).isEqualTo(FileKind.CI_CONFIG);
        assertThat(FileClassifier.kind("war/yarn.lock")).isEqualTo(FileKind.DEPENDENCIES);
        assertThat(FileClassifier.kind("gradle/wrapper/gradle-wrapper.properties")).isEqualTo(FileKind.DEPENDENCIES);
        assertThat(FileClassifier.kind("src/test/java/io/x/FooTest.java")).isEqualTo(FileKind.TEST);
        assertThat(FileClassifier.kind("tests/c/bitcode.c")).isEqualTo(FileKind.TEST);
        assertThat(FileClassifier.kind("docs/guide.md")).isEqualTo(FileKind.DOCS);
        assertThat(FileClassifier.kind("LICENSE")).isEqualTo(FileKind.DOCS);
        assertThat(FileClassifier.kind("src/main/java/io/x/Foo.java")).isEqualTo(FileKind.SOURCE);
        assertThat(FileClassifier.kind("src/main/resources/app.properties")).isEqualTo(FileKind.OTHER);
    }

    @Test
    void manifestsAndDependencyLines() {
        assertThat(FileClassifier.isManifest("a/pom.xml")).isTrue();
        assertThat(FileClassifier.isManifest("src/Main.java")).isFalse();
        assertThat(FileClassifier.namesDependency("    <version>2.1.0</version>")).isTrue();
        assertThat(FileClassifier.namesDependency("    implementation 'com.x:y:1.0'")).isTrue();
        assertThat(FileClassifier.namesDependency("    \"left-pad\": \"^1.3.0\",")).isTrue();
        assertThat(FileClassifier.namesDependency("    <name>shop</name>")).isFalse();
    }
}
