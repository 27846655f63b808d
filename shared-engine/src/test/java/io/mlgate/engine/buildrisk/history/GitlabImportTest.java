package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** GitLab CI pipelines through the REST API, served from 127.0.0.1 in the shape gitlab.com answers. */
class GitlabImportTest {
    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);

    private static String pipeline(long id, String sha, String ref, String status, String source) {
        return "{\"id\": " + id + ", \"iid\": " + (id - 900) + ", \"project_id\": 278964, \"sha\": \"" + sha
                + "\", \"ref\": \"" + ref + "\", \"status\": \"" + status + "\", \"source\": \"" + source
                + "\", \"created_at\": \"2024-05-01T09:59:00.123Z\", \"updated_at\": \"2024-05-01T10:05:30.123Z\", "
                + "\"web_url\": \"https://gitlab.example.org/group/shop/-/pipelines/" + id + "\"}";
    }

    private static final String PAGE1 = "[" + pipeline(1006, A, "main", "failed", "push") + ","
            + pipeline(1005, B, "refs/merge-requests/7/head", "success", "merge_request_event") + ","
            + pipeline(1004, B, "refs/merge-requests/7/merge", "canceled", "merge_request_event") + "]";
    private static final String PAGE2 = "[" + pipeline(1003, A, "main", "running", "push") + ","
            + pipeline(1007, A, "main", "success", "parent_pipeline") + ","
            + pipeline(1002, A, "release/2", "success", "schedule") + ","
            + pipeline(1001, A, "main", "skipped", "web") + "]";

    private static LocalServer gitlab() {
        return new LocalServer(r -> {
            if (r.path().endsWith("/merge_requests/7")) {
                return LocalServer.Answer.json("{\"iid\": 7, \"source_branch\": \"fix-x\", \"target_branch\": \"main\"}");
            }
            if (r.query().contains("page=2")) {
                return LocalServer.Answer.json(PAGE2);
            }
            return new LocalServer.Answer(200, PAGE1, Map.of("Link",
                    "<{base}/api/v4/projects/group%2Fshop/pipelines?page=2&per_page=100&scope=finished>; rel=\"next\", "
                            + "<{base}/api/v4/projects/group%2Fshop/pipelines?page=1&per_page=100&scope=finished>; rel=\"first\""));
        });
    }

    private static GitlabRequest request(LocalServer s, Optional<String> branch, int max, Optional<String> token) {
        return new GitlabRequest(URI.create(s.base() + "/api/v4"), "group/shop", branch, max, token);
    }

    @Test
    void followsPagesMapsStatusesAndSourcesAndTakesTheMergeRequestsTargetBranch() {
        try (LocalServer s = gitlab()) {
            ImportResult r = new GitlabImport(Progress.SILENT).fetch(request(s, Optional.empty(), 100, Optional.of("glpat-x")));
            assertThat(r.source()).isEqualTo("GitLab CI group/shop");
            assertThat(r.builds()).extracting(b -> b.id() + " " + b.branch() + " " + b.status().historyName() + " "
                            + b.event().map(BuildEvent::historyName).orElse("-"))
                    .containsExactly("1001 main canceled api", "1002 release/2 passed cron", "1004 main canceled pull_request",
                            "1005 main passed pull_request", "1006 main failed push");
            Build mr = r.builds().get(3);
            assertThat(mr.pullRequest()).hasValue(7);
            assertThat(mr.commit()).isEqualTo(B);
            assertThat(mr.startedAt()).contains(Instant.parse("2024-05-01T09:59:00.123Z"));
            assertThat(mr.duration()).hasValue(390);
            assertThat(r.skipped()).containsOnly(Map.entry("not completed", 1), Map.entry("child pipeline", 1));
            // two pages, and the merge request's target read once for its two pipelines
            assertThat(s.requests).extracting(LocalServer.Request::path).containsExactly(
                    "/api/v4/projects/group/shop/pipelines", "/api/v4/projects/group/shop/merge_requests/7",
                    "/api/v4/projects/group/shop/pipelines");
            assertThat(s.requests.get(0).query()).isEqualTo("scope=finished&per_page=100");
            assertThat(s.requests.get(0).authorization()).isEqualTo("Bearer glpat-x");
        }
    }

    @Test
    void aBranchKeepsItsPipelinesAndItsMergeRequestsAndMaxStopsEarly() {
        try (LocalServer s = gitlab()) {
            ImportResult r = new GitlabImport(Progress.SILENT).fetch(request(s, Optional.of("release/2"), 100, Optional.empty()));
            assertThat(r.builds()).extracting(Build::id).containsExactly("1002");
            assertThat(r.skipped()).containsEntry("other branch", 4).containsEntry("not completed", 1)
                    .containsEntry("child pipeline", 1);
            assertThat(s.requests.get(0).authorization()).isNull();
        }
        try (LocalServer s = gitlab()) {
            ImportResult r = new GitlabImport(Progress.SILENT).fetch(request(s, Optional.empty(), 2, Optional.empty()));
            assertThat(r.builds()).extracting(Build::id).containsExactly("1005", "1006");
            assertThat(s.requests).as("the first page and the merge request, not the second page").hasSize(2);
        }
    }

    @Test
    void errorsAreOneLineNamingTheUrl() {
        try (LocalServer s = new LocalServer(r -> new LocalServer.Answer(404, "{\"message\": \"404 Project Not Found\"}", Map.of()))) {
            assertThatThrownBy(() -> new GitlabImport(Progress.SILENT).fetch(request(s, Optional.empty(), 10, Optional.empty())))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("GitLab: GET " + s.base() + "/api/v4/projects/group%2Fshop/pipelines?scope=finished&per_page=100"
                            + " answered HTTP 404 (not found: check the URL, the repository or job name, and the token's access)"
                            + ": 404 Project Not Found");
        }
        try (LocalServer s = new LocalServer(r -> LocalServer.Answer.json("{\"message\": \"not a list\"}"))) {
            assertThatThrownBy(() -> new GitlabImport(Progress.SILENT).fetch(request(s, Optional.empty(), 10, Optional.empty())))
                    .isInstanceOf(BadInputException.class).hasMessageEndingWith("answered without a list of pipelines");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> new GitlabRequest(GitlabRequest.DEFAULT_API, "shop",
                Optional.empty(), 10, Optional.empty())).withMessageContaining("GROUP/NAME");
        assertThat(new GitlabRequest(GitlabRequest.DEFAULT_API, "278964", Optional.empty(), 10, Optional.empty()).project())
                .isEqualTo("278964");
    }
}
