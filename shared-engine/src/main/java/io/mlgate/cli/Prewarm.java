package io.mlgate.cli;

import io.mlgate.engine.api.Background;
import io.mlgate.engine.buildrisk.features.GitRepo;

import java.util.Set;

/**
 * Set-up a command will need whatever its arguments say, started on a second thread as soon as {@code main} sees the
 * command's name, so that it runs while picocli builds the command line and parses the arguments on the first (a
 * fresh JVM leaves the second processor mostly idle then). Only set-up that reads no input and writes nothing: what
 * it does is done once per process, and a command that gets there first waits for it rather than doing it twice; a
 * failure is left for the command to meet in its own place.
 */
final class Prewarm {
    /** The build-risk commands that open a git repository. */
    private static final Set<String> READS_GIT = Set.of("features", "train", "evaluate", "predict", "record");
    /** Options that only print (usage, version): no repository is opened. */
    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private Prewarm() {
    }

    /** Starts the set-up the command named by the first of {@code args} will need; whether there was any. */
    static boolean start(String... args) {
        if (args.length > 1 && args[0].equals("buildrisk") && READS_GIT.contains(args[1]) && !asksForHelp(args)) {
            Background.start("mlgate-prewarm", () -> {
                GitRepo.prepare();
                return null;
            });
            return true;
        }
        return false;
    }

    private static boolean asksForHelp(String... args) {
        for (String a : args) {
            if (HELP.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
