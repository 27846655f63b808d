package io.mlgate.engine.buildrisk.features;

import java.nio.file.Path;

/** Run in a fresh JVM by {@link GitRepoFreshMachineTest}: opens a repository and prints the commit named. */
public final class OpenOnce {
    private OpenOnce() {
    }

    public static void main(String[] args) {
        try (GitRepo git = GitRepo.openForOneBuild(Path.of(args[0]))) {
            System.out.println(git.resolve(args[1]).name() + " on " + git.currentBranch().orElse("?"));
        }
    }
}
