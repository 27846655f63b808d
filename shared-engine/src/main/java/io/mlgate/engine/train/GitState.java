package io.mlgate.engine.train;

import java.util.Objects;

/**
 * The git state of the working tree a model was trained from.
 *
 * @param commit HEAD commit id, or {@code null} outside a repository (or with no commit yet)
 * @param branch the checked-out branch, {@code null} when detached or unknown
 * @param dirty  whether tracked files differ from HEAD or untracked files exist; {@code null} when unknown
 * @param note   how the state was found, or why it could not be
 */
public record GitState(String commit, String branch, Boolean dirty, String note) {
    public GitState {
        Objects.requireNonNull(note, "note");
    }

    public static GitState unknown(String why) {
        return new GitState(null, null, null, why);
    }
}
