package io.mlgate.engine.buildrisk.run;

import io.mlgate.engine.api.BadInputException;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which recorded risks to look at.
 *
 * @param policy  mlgate.yml with a buildrisk section (history, model, actions)
 * @param history the history file (else the policy's)
 * @param model   the model directory (else the policy's): its decision rule and threshold make the calls
 * @param since   the builds started at or after this time, whichever model gave their risk
 * @param last    the last this many builds of the history, whichever model gave their risk; with neither, the
 *                builds after the model's last training build
 */
public record MonitorRequest(Optional<Path> policy, Optional<Path> history, Optional<Path> model,
                             Optional<Instant> since, OptionalInt last) {
    public MonitorRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(last, "last");
        if (since.isPresent() && last.isPresent()) {
            throw new BadInputException("--since and --last both choose the builds to look at; give one");
        }
        if (last.isPresent() && last.getAsInt() < 1) {
            throw new BadInputException("--last: expected a number of builds of at least 1, got " + last.getAsInt());
        }
    }
}
