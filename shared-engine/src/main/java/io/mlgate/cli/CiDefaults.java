package io.mlgate.cli;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import io.mlgate.engine.buildrisk.history.CiBuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Options that default to what the CI system's environment names ({@link CiBuild}): an option given wins; one left
 * out takes the environment's value, and {@link #report} says on the progress line which values came from there.
 */
final class CiDefaults {
    private final CiBuild ci;
    private final List<String> taken = new ArrayList<>();

    CiDefaults(CiBuild ci) {
        this.ci = ci;
    }

    /** {@code given}, else the environment's {@code fromCi} (named {@code what} on the progress line). */
    Optional<String> or(String given, Optional<String> fromCi, String what) {
        if (given != null) {
            return Optional.of(given);
        }
        fromCi.ifPresent(v -> taken.add(what + " " + v));
        return fromCi;
    }

    /** {@code given}, else the environment's pull request number. */
    OptionalInt pullRequest(Integer given) {
        if (given != null) {
            return OptionalInt.of(given);
        }
        ci.pullRequest().ifPresent(n -> taken.add("pull request " + n));
        return ci.pullRequest();
    }

    /** {@code given}, else the environment's value, else bad input naming {@code option}. */
    String required(String option, String given, Optional<String> fromCi, String what) {
        return or(given, fromCi, what).orElseThrow(() -> new BadInputException(option + ": not given, and "
                + (ci.found() ? "the CI environment (" + ci.system() + ") does not name the build's " + what
                + ci.hint(what).map(h -> "; " + h).orElse("")
                : "no CI system's environment names it (GitHub Actions, Jenkins, GitLab CI and CircleCI are read)")));
    }

    /** Says which values came from the environment, if any did. */
    void report(Progress progress) {
        if (!taken.isEmpty()) {
            progress.step("from the CI environment (" + ci.system() + "): " + String.join(", ", taken));
        }
    }
}
