package io.mlgate.engine.buildrisk.features;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A repository's HEAD read from git's files as git itself stores them: {@code HEAD} in the git directory, then the
 * branch it names as a loose ref file or as one line of {@code packed-refs} in the common git directory. JGit's ref
 * database answers the same question by parsing every line of {@code packed-refs} (and hashing the file): in a
 * clone with many tags or pull-request refs that is most of a prediction's git work (17,200 refs: about 90 ms in a
 * fresh JVM). Here only the line of the branch is looked for.
 *
 * <p>Only the plain cases are answered: a detached HEAD, or a symbolic HEAD naming a branch stored in either place
 * with a full 40-digit id, whose name is plain ASCII. Anything else (an unborn branch, a symbolic ref pointing at
 * another, a branch name with other characters, reftable storage, an unreadable file) is left to JGit: the answers here are {@link Optional#empty()} then, never a guess.
 */
final class HeadRef {
    private static final String SYMBOLIC = "ref: ";
    private static final int ID_LENGTH = 40;

    private final Path commonDir;
    private final String content;

    private HeadRef(Path commonDir, String content) {
        this.commonDir = commonDir;
        this.content = content;
    }

    /** The HEAD of {@code repo}; empty when its file cannot be read. */
    static Optional<HeadRef> of(Repository repo) {
        if (repo.getDirectory() == null || repo.getCommonDirectory() == null) {
            return Optional.empty();
        }
        Optional<String> head = firstLine(repo.getDirectory().toPath().resolve("HEAD"));
        return head.map(h -> new HeadRef(repo.getCommonDirectory().toPath(), h));
    }

    /** The full name of the branch HEAD names ({@code refs/heads/main}); empty when HEAD is detached. */
    Optional<String> branch() {
        return content.startsWith(SYMBOLIC) ? Optional.of(content.substring(SYMBOLIC.length()).trim()) : Optional.empty();
    }

    /** The commit id HEAD stands for, when it is one of the plain cases (see the class comment). */
    Optional<ObjectId> id() {
        Optional<String> branch = branch();
        if (branch.isEmpty()) {
            return parseId(content);
        }
        String ref = branch.get();
        // ASCII only: the file name of a loose ref is its name's UTF-8 bytes, read here one char per byte
        if (!ref.startsWith("refs/") || !ref.chars().allMatch(c -> c > ' ' && c < 0x7f)
                || !Repository.isValidRefName(ref)) {
            return Optional.empty();
        }
        Path loose = commonDir.resolve(ref);
        return Files.exists(loose) ? firstLine(loose).flatMap(HeadRef::parseId) : packed(ref);
    }

    /** The id on the line of {@code packed-refs} that names {@code ref}. */
    private Optional<ObjectId> packed(String ref) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(commonDir.resolve("packed-refs"));
        } catch (IOException e) {
            return Optional.empty();
        }
        // a line is "<id> <name>", peeled tags follow on "^<id>" lines; read as ISO-8859-1, one char per byte
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String needle = ' ' + ref + '\n';
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            int line = at - ID_LENGTH;
            if (line == 0 || line > 0 && text.charAt(line - 1) == '\n') {
                return parseId(text.substring(line, at));
            }
        }
        return Optional.empty();
    }

    private static Optional<ObjectId> parseId(String text) {
        String s = text.trim();
        return s.length() == ID_LENGTH && ObjectId.isId(s) ? Optional.of(ObjectId.fromString(s)) : Optional.empty();
    }

    private static Optional<String> firstLine(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.ISO_8859_1);
            int nl = s.indexOf('\n');
            return Optional.of(nl < 0 ? s : s.substring(0, nl));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
