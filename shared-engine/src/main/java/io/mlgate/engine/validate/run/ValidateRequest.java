package io.mlgate.engine.validate.run;

import io.mlgate.engine.data.ProfileOptions;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Validate a dataset against a policy and/or a schema.
 *
 * @param policy      the policy file, if any
 * @param data        the dataset location; when empty, the policy's {@code data.input}
 * @param input       how to read {@code data}
 * @param schema      schema file, overriding the policy's
 * @param environment schema environment, overriding the policy's
 * @param reference   a reference dataset, available to checks as the dataset named {@code reference}
 * @param history     metrics history directory, overriding the policy's
 * @param tags        extra history tags (added to the policy's)
 * @param profile     how to profile the data for the report and the history
 * @param profileData whether to profile the data at all; without a profile the report has no statistics and no
 *                    metrics history can be recorded (checks alone cost one scan; the profile up to three more)
 */
public record ValidateRequest(Optional<Path> policy, Optional<String> data, InputOptions input, Optional<Path> schema,
                              Optional<String> environment, Optional<String> reference, Optional<Path> history,
                              Map<String, String> tags, ProfileOptions profile, boolean profileData) {
    public ValidateRequest {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(profile, "profile");
        tags = Map.copyOf(tags);
        if (policy.isEmpty() && schema.isEmpty()) {
            throw new IllegalArgumentException("give a policy file (--policy) or a schema file (--schema) to validate against");
        }
    }

    /** A request that also profiles the data. */
    public ValidateRequest(Optional<Path> policy, Optional<String> data, InputOptions input, Optional<Path> schema,
                           Optional<String> environment, Optional<String> reference, Optional<Path> history,
                           Map<String, String> tags, ProfileOptions profile) {
        this(policy, data, input, schema, environment, reference, history, tags, profile, true);
    }
}
