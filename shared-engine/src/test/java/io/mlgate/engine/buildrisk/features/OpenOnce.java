package io.mlgate.engine.buildrisk.features;

import java.nio.file.Path;

/**
 * Run in a fresh JVM by {@link GitRepoFreshMachineTest}: opens a repository and prints the commit named; with a third
 * argument {@code prepared}, after starting {@link GitRepo#prepare} on another thread, as the CLI does.
 */
public final class OpenOnce {
    private OpenOnce() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread prepare = null;
        if (args.length > 2 && args[2].equals("prepared")) {
            prepare = new Thread(GitRepo::prepare, "prepare");
            prepare.start();
        }
        try (GitRepo git = GitRepo.openForOneBuild(Path.of(args[0]))) {
            System.out.println(git.resolve(args[1]).name() + " on " + git.currentBranch().orElse("?"));
        }
        if (prepare != null) {
            prepare.join();
            System.out.println("prepared");
        }
    }
}
