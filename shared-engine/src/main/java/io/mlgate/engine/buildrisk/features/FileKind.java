package io.mlgate.engine.buildrisk.features;

/** What a changed file is, for features and for the words that explain them. */
public enum FileKind {
    SOURCE("source code"),
    TEST("tests"),
    BUILD_CONFIG("build configuration"),
    CI_CONFIG("CI configuration"),
    DEPENDENCIES("dependencies"),
    DOCS("documentation"),
    OTHER("other files");

    private final String words;

    FileKind(String words) {
        this.words = words;
    }

    /** Plain words, e.g. {@code build configuration}. */
    public String words() {
        return words;
    }
}
