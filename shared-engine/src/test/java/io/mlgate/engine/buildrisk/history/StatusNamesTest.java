package io.mlgate.engine.buildrisk.history;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Travis, GitHub Actions and Jenkins outcome names onto the closed status enum. */
class StatusNamesTest {
    @ParameterizedTest
    @CsvSource({
            "passed, PASSED", "success, PASSED", "SUCCESS, PASSED", "neutral, PASSED",
            "failed, FAILED", "failure, FAILED", "FAILURE, FAILED", "UNSTABLE, FAILED",
            "errored, ERRORED", "timed_out, ERRORED", "startup_failure, ERRORED",
            "canceled, CANCELED", "cancelled, CANCELED", "ABORTED, CANCELED", "NOT_BUILT, CANCELED", "skipped, CANCELED"})
    void mapsEveryKnownName(String name, BuildStatus expected) {
        assertThat(StatusNames.parse(name)).contains(expected);
    }

    @Test
    void erroredAndFailedStayApartAndOnlyCanceledHasNoOutcome() {
        assertThat(BuildStatus.FAILED).isNotEqualTo(BuildStatus.ERRORED);
        assertThat(BuildStatus.FAILED.isBroken()).isTrue();
        assertThat(BuildStatus.ERRORED.isBroken()).isTrue();
        assertThat(BuildStatus.PASSED.isBroken()).isFalse();
        assertThat(BuildStatus.CANCELED.isCompleted()).isFalse();
        assertThat(BuildStatus.ERRORED.isCompleted()).isTrue();
    }

    @Test
    void unknownNamesAreNotGuessed() {
        assertThat(StatusNames.parse("passd")).isEmpty();
        assertThat(StatusNames.parse("")).isEmpty();
        assertThat(StatusNames.allowed()).startsWith("passed, success, neutral, failed");
    }
}
