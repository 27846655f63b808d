package io.mlgate.cli;

import io.mlgate.engine.validate.run.ProfileRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The dataset to profile and how: {@code --data} with the input and profile options. */
public final class ProfileSourceMixin {
    @Option(names = "--data", required = true, paramLabel = "PATH", description = "File, glob or partitioned directory.")
    String data;

    @Mixin
    InputMixin input;

    @Mixin
    ProfileMixin profile;

    ProfileRequest request() {
        return new ProfileRequest(data, input.toOptions(), profile.toOptions());
    }
}
