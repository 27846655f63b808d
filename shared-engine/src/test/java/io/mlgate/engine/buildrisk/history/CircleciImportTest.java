package io.mlgate.engine.buildrisk.history;

import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CircleCI pipelines and their workflows through the API v2, served from 127.0.0.1 in the shape circleci.com answers. */
class CircleciImportTest {
    private static final String A = "a".repeat(40);
    private static final String B = "b".repeat(40);

    private static String pipeline(int number, String state, String sha, String branch, String trigger) {
        String vcs = sha == null ? "" : ", \"vcs\": {\"provider_name\": \"GitHub\", \"revision\": \"" + sha + "\""
                + (branch == null ? ", \"tag\": \"v1.0\"" : ", \"branch\": \"" + branch + "\"") + "}";
        return "{\"id\": \"p-" + number + "\", \"number\": " + number + ", \"state\": \"" + state
                + "\", \"project_slug\": \"gh/acme/shop\", \"created_at\": \"2024-05-01T09:00:00.000Z\", "
                + "\"trigger\": {\"type\": \"" + trigger + "\", \"received_at\": \"2024-05-01T08:59:59.000Z\"}" + vcs + "}";
    }

    private static String workflow(String name, String status, String created, String stopped) {
        return "{\"id\": \"w-" + name + "\", \"name\": \"" + name + "\", \"status\": \"" + status
                + "\", \"created_at\": \"" + created + "\", \"stopped_at\": " + (stopped == null ? "null" : "\"" + stopped + "\"") + "}";
    }

    private static String list(String nextToken, String... items) {
        return "{\"items\": [" + String.join(",", items) + "], \"next_page_token\": "
                + (nextToken == null ? "null" : "\"" + nextToken + "\"") + "}";
    }

    private static final String T0 = "2024-05-01T09:00:05Z";
    private static final Map<String, String> WORKFLOWS = new HashMap<>();

    static {
        WORKFLOWS.put("p-107", list(null, workflow("build", "failed", T0, "2024-05-01T09:06:05Z"),
                workflow("lint", "success", "2024-05-01T09:00:03Z", "2024-05-01T09:01:00Z")));
        WORKFLOWS.put("p-106", list(null, workflow("build", "success", T0, "2024-05-01T09:04:05Z"),
                workflow("deploy", "not_run", T0, null)));
        WORKFLOWS.put("p-105", list(null, workflow("build", "running", T0, null)));
        WORKFLOWS.put("p-104", list(null, workflow("build", "canceled", T0, "2024-05-01T09:02:05Z")));
        WORKFLOWS.put("p-102", list(null, workflow("nightly", "error", T0, "2024-05-01T09:00:35Z")));
        WORKFLOWS.put("p-101", list("w2", workflow("build", "success", T0, "2024-05-01T09:03:05Z")));
        WORKFLOWS.put("p-101 w2", list(null, workflow("e2e", "unauthorized", T0, "2024-05-01T09:00:06Z")));
        WORKFLOWS.put("p-100", list(null, workflow("deploy", "not_run", T0, null)));
    }

    private static final String PAGE1 = list("next-1", pipeline(107, "created", A, "main", "webhook"),
            pipeline(106, "created", B, "pull/31", "webhook"), pipeline(105, "created", A, "main", "webhook"),
            pipeline(104, "created", B, "fix-x", "webhook"));
    private static final String PAGE2 = list(null, pipeline(103, "errored", A, "main", "webhook"),
            pipeline(102, "created", A, "main", "scheduled_pipeline"), pipeline(101, "created", A, "main", "api"),
            pipeline(100, "created", A, "main", "webhook"), pipeline(99, "created", A, null, "webhook"),
            pipeline(98, "created", null, null, "api"));

    private static LocalServer circleci() {
        return new LocalServer(r -> {
            if (r.path().startsWith("/api/v2/pipeline/")) {
                String id = r.path().split("/")[4];
                String key = r.query() != null && r.query().contains("page-token=w2") ? id + " w2" : id;
                return LocalServer.Answer.json(WORKFLOWS.get(key));
            }
            return LocalServer.Answer.json(r.query() != null && r.query().contains("page-token=next-1") ? PAGE2 : PAGE1);
        });
    }

    private static CircleciRequest request(LocalServer s, Optional<String> branch, int max, Optional<String> token) {
        return new CircleciRequest(URI.create(s.base() + "/api/v2/"), "gh/acme/shop", branch, max, token);
    }

    @Test
    void pipelinesAreBuildsWithTheirWorkflowsStatusTimesAndTrigger() {
        try (LocalServer s = circleci()) {
            ImportResult r = new CircleciImport(Progress.SILENT).fetch(request(s, Optional.empty(), 100,
                    Optional.of("circle-tok")));
            assertThat(r.source()).isEqualTo("CircleCI gh/acme/shop");
            assertThat(r.builds()).extracting(b -> b.id() + " " + b.branch() + " " + b.status().historyName() + " "
                            + b.event().map(BuildEvent::historyName).orElse("-"))
                    .containsExactly("101 main errored api", "102 main errored cron", "104 fix-x canceled push",
                            "106 pull/31 passed pull_request", "107 main failed push");
            Build failed = r.builds().get(4);
            assertThat(failed.commit()).isEqualTo(A);
            assertThat(failed.startedAt()).as("its first workflow's creation").contains(Instant.parse("2024-05-01T09:00:03Z"));
            assertThat(failed.duration()).as("until its last workflow stopped").hasValue(362);
            Build fork = r.builds().get(3);
            assertThat(fork.pullRequest()).hasValue(31);
            assertThat(fork.duration()).as("the workflow not run does not count").hasValue(240);
            assertThat(r.skipped()).containsOnly(Map.entry("not completed", 1), Map.entry("configuration not set up", 1),
                    Map.entry("no workflow ran", 1), Map.entry("tag or no branch", 1), Map.entry("no commit", 1));
            List<String> paths = s.requests.stream().map(q -> q.path() + (q.query() == null ? "" : "?" + q.query())).toList();
            assertThat(paths).startsWith("/api/v2/project/gh/acme/shop/pipeline", "/api/v2/pipeline/p-107/workflow");
            assertThat(paths).contains("/api/v2/project/gh/acme/shop/pipeline?page-token=next-1",
                    "/api/v2/pipeline/p-101/workflow?page-token=w2");
            assertThat(paths).as("no workflows asked for pipelines that cannot be builds")
                    .doesNotContain("/api/v2/pipeline/p-103/workflow", "/api/v2/pipeline/p-99/workflow");
            assertThat(s.requests).allMatch(q -> "circle-tok".equals(q.header("Circle-Token")));
            assertThat(s.requests).allMatch(q -> q.authorization() == null);
        }
    }

    @Test
    void aBranchIsAskedForAndMaxStopsEarly() {
        try (LocalServer s = circleci()) {
            ImportResult r = new CircleciImport(Progress.SILENT).fetch(request(s, Optional.of("release/2"), 2,
                    Optional.empty()));
            assertThat(r.builds()).extracting(Build::id).containsExactly("106", "107");
            assertThat(s.requests.get(0).query()).isEqualTo("branch=release/2");
            assertThat(s.requests).as("one page of pipelines and two pipelines' workflows").hasSize(3);
            assertThat(s.requests.get(0).header("Circle-Token")).isNull();
        }
    }

    @Test
    void errorsAreOneLineNamingTheUrl() {
        try (LocalServer s = new LocalServer(r -> new LocalServer.Answer(404, "{\"message\": \"Project not found\"}", Map.of()))) {
            assertThatThrownBy(() -> new CircleciImport(Progress.SILENT).fetch(request(s, Optional.empty(), 10, Optional.empty())))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("CircleCI: GET " + s.base() + "/api/v2/project/gh/acme/shop/pipeline answered HTTP 404")
                    .hasMessageEndingWith(": Project not found");
        }
        try (LocalServer s = new LocalServer(r -> LocalServer.Answer.json("{\"message\": \"not a list\"}"))) {
            assertThatThrownBy(() -> new CircleciImport(Progress.SILENT).fetch(request(s, Optional.empty(), 10, Optional.empty())))
                    .isInstanceOf(BadInputException.class).hasMessageEndingWith("answered without a list of pipelines");
        }
        assertThatIllegalArgumentException().isThrownBy(() -> new CircleciRequest(CircleciRequest.DEFAULT_API, "acme/shop",
                Optional.empty(), 10, Optional.empty())).withMessageContaining("gh/ORG/REPO");
        assertThat(new CircleciRequest(CircleciRequest.DEFAULT_API, "circleci/6a1b2c/7d8e9f", Optional.empty(), 10,
                Optional.empty()).project()).isEqualTo("circleci/6a1b2c/7d8e9f");
    }
}
