package io.mlgate.engine.buildrisk.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which recorded risks to look at.
 *
 * @param policy  mlgate.yml with a buildrisk section (history, model, actions)
 * @param history the history file (else the policy's)
 * @param model   the model directory (else the policy's): its decision rule and threshold make the calls
 * @param since   the builds started at or after this time, whichever model gave their risk; when empty, the builds
 *                after the model's last training build
 */
public record MonitorRequest(Optional<Path> policy, Optional<Path> history, Optional<Path> model,
                             Optional<Instant> since) {
    public MonitorRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(since, "since");
    }
}
