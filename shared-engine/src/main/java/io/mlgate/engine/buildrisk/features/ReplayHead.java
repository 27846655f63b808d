package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.HistoryMark;
import org.eclipse.jgit.lib.ObjectId;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The beginning of a saved replay state, read before the model loads: how many rows it replayed and their mark in
 * the history file (so that {@code predict} reads only the rows after them), and the last built commit of each
 * branch (the base of a change the history's newer rows name none for). It is not checked against the model card;
 * the state the model loads is, and a prediction uses the rows read by this mark only when it is the state's.
 *
 * @param builds        the rows the state replayed
 * @param lastBuild     the last of them
 * @param mark          their mark in the history file, when train took one
 * @param branchShas    each branch's last built commit the repository had (40 hex digits)
 * @param allSha        the last built commit of all branches (empty: none)
 */
public record ReplayHead(int builds, String lastBuild, Optional<HistoryMark> mark, Map<String, String> branchShas,
                         String allSha) {
    public ReplayHead {
        branchShas = Map.copyOf(branchShas);
    }

    /** The last built commit on {@code branch} after the replayed builds (null: none on it). */
    ObjectId branchCommit(String branch) {
        String c = branchShas.get(branch);
        return c == null ? null : ObjectId.fromString(c);
    }

    /** The last built commit of all branches (null: none). */
    ObjectId lastCommit() {
        return allSha.isEmpty() ? null : ObjectId.fromString(allSha);
    }

    /** The head of the state file {@code file}; empty when it is missing, of an older format or unreadable. */
    public static Optional<ReplayHead> read(Path file) {
        return ReplayStateText.head(file);
    }
}
