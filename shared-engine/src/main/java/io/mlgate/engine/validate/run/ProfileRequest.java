package io.mlgate.engine.validate.run;

import io.mlgate.engine.data.ProfileOptions;

import java.util.Objects;

/** Profile one dataset. */
public record ProfileRequest(String data, InputOptions input, ProfileOptions options) {
    public ProfileRequest {
        Objects.requireNonNull(data, "data");
        if (data.isBlank()) {
            throw new IllegalArgumentException("data location must not be blank");
        }
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(options, "options");
    }
}
