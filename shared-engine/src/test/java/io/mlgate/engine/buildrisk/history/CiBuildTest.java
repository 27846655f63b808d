package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The build each CI system's environment names, with the variables as those systems set them. */
class CiBuildTest {
    private static final String SHA = "0b2480060ae7a7f09826637f6a2dd7b468e5e486";
    private static final String HEAD = "e7539ce0d15cd8a88d68a7e59f54ada71d58eaea";
    @TempDir
    Path dir;

    private static Map<String, String> env(String... namesAndValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void noCiSystemNamesNothing() {
        assertThat(CiBuild.of(Map.of("HOME", "/root", "CI", "true"))).isEqualTo(CiBuild.NONE);
        assertThat(CiBuild.NONE.found()).isFalse();
    }

    @Test
    void circleciNamesCommitBranchAndAForkedPullRequestButNoId() {
        CiBuild push = CiBuild.of(env("CIRCLECI", "true", "CI", "true", "CIRCLE_SHA1", SHA, "CIRCLE_BRANCH", "main",
                "CIRCLE_BUILD_NUM", "8812", "CIRCLE_PULL_REQUEST", ""));
        assertThat(push).isEqualTo(new CiBuild("CircleCI", Optional.empty(), Optional.of(SHA), Optional.of("main"),
                OptionalInt.empty(), Optional.empty()));
        assertThat(push.hint("id")).get().asString().contains("--id << pipeline.number >>");
        assertThat(push.hint("commit")).isEmpty();
        // the job number is not the pipeline's, and a same-repository pull request builds as a push to its branch
        CiBuild sameRepo = CiBuild.of(env("CIRCLECI", "true", "CIRCLE_SHA1", SHA, "CIRCLE_BRANCH", "fix-x",
                "CIRCLE_PULL_REQUEST", "https://github.com/acme/shop/pull/12"));
        assertThat(sameRepo.pullRequest()).isEmpty();
        assertThat(sameRepo.id()).isEmpty();
        CiBuild fork = CiBuild.of(env("CIRCLECI", "true", "CIRCLE_SHA1", SHA, "CIRCLE_BRANCH", "pull/31",
                "CIRCLE_PR_NUMBER", "31"));
        assertThat(fork.pullRequest()).hasValue(31);
        assertThat(fork.event()).contains(BuildEvent.PULL_REQUEST);
        assertThat(CiBuild.of(env("CIRCLECI", "true", "CIRCLE_BRANCH", "pull/7")).pullRequest()).hasValue(7);
        assertThat(CiBuild.NONE.hint("id")).isEmpty();
    }

    @Test
    void githubActionsPush() {
        CiBuild b = CiBuild.of(env("GITHUB_ACTIONS", "true", "GITHUB_RUN_ID", "9120", "GITHUB_SHA", SHA,
                "GITHUB_REF", "refs/heads/release/2.x", "GITHUB_REF_NAME", "release/2.x", "GITHUB_EVENT_NAME", "push",
                "GITHUB_BASE_REF", ""));
        assertThat(b).isEqualTo(new CiBuild("GitHub Actions", Optional.of("9120"), Optional.of(SHA),
                Optional.of("release/2.x"), OptionalInt.empty(), Optional.of(BuildEvent.PUSH)));
        assertThat(b.found()).isTrue();
        assertThat(CiBuild.of(env("GITHUB_ACTIONS", "true", "GITHUB_EVENT_NAME", "schedule")).event())
                .contains(BuildEvent.CRON);
    }

    @Test
    void githubActionsPullRequestTakesTheHeadCommitAndNumberFromThePayloadAndTheTargetBranch() throws Exception {
        Path payload = Files.writeString(dir.resolve("event.json"),
                "{\"action\":\"synchronize\",\"number\":34,\"pull_request\":{\"number\":34,\"head\":{\"sha\":\"" + HEAD
                        + "\",\"ref\":\"feature/x\"},\"base\":{\"ref\":\"main\"}}}");
        Map<String, String> pr = env("GITHUB_ACTIONS", "true", "GITHUB_RUN_ID", "9121", "GITHUB_SHA", SHA,
                "GITHUB_REF", "refs/pull/34/merge", "GITHUB_REF_NAME", "34/merge", "GITHUB_EVENT_NAME", "pull_request",
                "GITHUB_BASE_REF", "main", "GITHUB_HEAD_REF", "feature/x", "GITHUB_EVENT_PATH", payload.toString());
        assertThat(CiBuild.of(pr)).isEqualTo(new CiBuild("GitHub Actions", Optional.of("9121"), Optional.of(HEAD),
                Optional.of("main"), OptionalInt.of(34), Optional.of(BuildEvent.PULL_REQUEST)));
        // without a payload: the number from the ref, the merge commit GitHub checked out
        pr.remove("GITHUB_EVENT_PATH");
        pr.put("GITHUB_EVENT_NAME", "pull_request_target");
        assertThat(CiBuild.of(pr)).isEqualTo(new CiBuild("GitHub Actions", Optional.of("9121"), Optional.of(SHA),
                Optional.of("main"), OptionalInt.of(34), Optional.of(BuildEvent.PULL_REQUEST)));
    }

    @Test
    void aPayloadThatCannotBeReadIsBadInputNamingIt() throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"pull_request\": ");
        Map<String, String> pr = env("GITHUB_ACTIONS", "true", "GITHUB_EVENT_NAME", "pull_request",
                "GITHUB_EVENT_PATH", broken.toString());
        assertThatThrownBy(() -> CiBuild.of(pr)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("GITHUB_EVENT_PATH " + broken + ": cannot read GitHub's event payload: ")
                .hasMessageNotContaining("\n");
        pr.put("GITHUB_EVENT_PATH", dir.resolve("gone.json").toString());
        assertThatThrownBy(() -> CiBuild.of(pr)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("gone.json: cannot read GitHub's event payload");
    }

    @Test
    void jenkinsMultibranchIdsAreThoseImportWrites() {
        CiBuild branch = CiBuild.of(env("JENKINS_URL", "https://ci.example.org/", "BUILD_NUMBER", "41",
                "BRANCH_NAME", "feature/login", "GIT_COMMIT", SHA, "GIT_BRANCH", "feature/login"));
        assertThat(branch).isEqualTo(new CiBuild("Jenkins", Optional.of("feature/login#41"), Optional.of(SHA),
                Optional.of("feature/login"), OptionalInt.empty(), Optional.empty()));
        CiBuild pr = CiBuild.of(env("JENKINS_URL", "https://ci.example.org/", "BUILD_NUMBER", "2",
                "BRANCH_NAME", "PR-12", "CHANGE_ID", "12", "CHANGE_TARGET", "main", "GIT_COMMIT", HEAD));
        assertThat(pr).isEqualTo(new CiBuild("Jenkins", Optional.of("PR-12#2"), Optional.of(HEAD), Optional.of("main"),
                OptionalInt.of(12), Optional.of(BuildEvent.PULL_REQUEST)));
        CiBuild plain = CiBuild.of(env("JENKINS_URL", "https://ci.example.org/", "BUILD_NUMBER", "977",
                "GIT_BRANCH", "origin/main"));
        assertThat(plain).isEqualTo(new CiBuild("Jenkins", Optional.of("977"), Optional.empty(), Optional.of("main"),
                OptionalInt.empty(), Optional.empty()));
    }

    @Test
    void gitlabMergeRequestAndSchedule() {
        CiBuild mr = CiBuild.of(env("GITLAB_CI", "true", "CI_PIPELINE_ID", "1200", "CI_COMMIT_SHA", HEAD,
                "CI_PIPELINE_SOURCE", "merge_request_event", "CI_MERGE_REQUEST_IID", "7",
                "CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"));
        assertThat(mr).isEqualTo(new CiBuild("GitLab CI", Optional.of("1200"), Optional.of(HEAD), Optional.of("main"),
                OptionalInt.of(7), Optional.of(BuildEvent.PULL_REQUEST)));
        CiBuild nightly = CiBuild.of(env("GITLAB_CI", "true", "CI_PIPELINE_ID", "1201", "CI_COMMIT_SHA", SHA,
                "CI_PIPELINE_SOURCE", "schedule", "CI_COMMIT_BRANCH", "main"));
        assertThat(nightly).isEqualTo(new CiBuild("GitLab CI", Optional.of("1201"), Optional.of(SHA), Optional.of("main"),
                OptionalInt.empty(), Optional.of(BuildEvent.CRON)));
        assertThat(CiBuild.of(env("GITLAB_CI", "true", "CI_PIPELINE_SOURCE", "chat")).event()).contains(BuildEvent.OTHER);
    }
}
