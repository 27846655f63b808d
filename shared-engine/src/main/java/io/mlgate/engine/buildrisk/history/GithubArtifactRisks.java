package io.mlgate.engine.buildrisk.history;

import com.fasterxml.jackson.databind.JsonNode;
import io.mlgate.engine.api.BadInputException;
import io.mlgate.engine.api.Progress;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The risks runs recorded for themselves: a workflow's last job runs {@code mlgate buildrisk record --risk P} into a
 * file of its own and uploads it as an artifact; this finds the artifacts of that name
 * ({@code GET /repos/OWNER/NAME/actions/artifacts?name=...}, newest first, as many as runs are imported), downloads
 * the archive of each wanted run's newest one and takes the risk of the row whose id is the run's. An artifact that
 * expired, is not a zip archive, holds no history or no row with a risk for its run is left out and named, not fatal:
 * one bad upload must not stop the import of the rest.
 */
final class GithubArtifactRisks {
    /** Largest artifact downloaded, and file read from it: a one-row history is a few hundred bytes. */
    static final int MAX_FILE_BYTES = 1 << 20;
    /** A progress line every this many downloads (one request each, and a redirect). */
    static final int PROGRESS_EVERY = 25;

    private final HttpJson http;
    private final Progress progress;

    GithubArtifactRisks(HttpJson http, Progress progress) {
        this.http = http;
        this.progress = progress;
    }

    ArtifactRisks fetch(GithubActionsRequest req, String name, Set<String> runIds) {
        Map<String, JsonNode> newest = new LinkedHashMap<>();
        if (!runIds.isEmpty()) {
            String base = req.apiBase().toString().replaceAll("/+$", "");
            URI first = URI.create(base + "/repos/" + req.repository() + "/actions/artifacts?per_page=100&name="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8));
            http.forEachItem(first, req.maxRuns(), body -> body.path("artifacts"), "an artifacts list", a -> {
                String run = a.path("workflow_run").path("id").asText("");
                if (name.equals(a.path("name").asText()) && runIds.contains(run)) {
                    newest.putIfAbsent(run, a);
                }
            }, seen -> progress.step("GitHub Actions: " + seen + " artifacts named " + name + " listed"));
        }
        Map<String, Double> risks = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        int read = 0;
        for (Map.Entry<String, JsonNode> e : newest.entrySet()) {
            String what = "run " + e.getKey() + ", artifact " + e.getValue().path("id").asText("?");
            try {
                risks.put(e.getKey(), riskOf(e.getKey(), e.getValue(), what));
            } catch (BadInputException bad) {
                unreadable.add(what + ": " + bad.getMessage());
            }
            if (++read % PROGRESS_EVERY == 0 && read < newest.size()) {
                progress.step("GitHub Actions: " + read + " of " + newest.size() + " artifacts read");
            }
        }
        if (!newest.isEmpty()) {
            progress.step("GitHub Actions: risks of " + risks.size() + " runs read from their artifacts"
                    + (unreadable.isEmpty() ? "" : ", " + unreadable.size() + " artifacts without one"));
        }
        return new ArtifactRisks(name, runIds.size(), risks, unreadable);
    }

    private double riskOf(String runId, JsonNode artifact, String what) {
        if (artifact.path("expired").asBoolean(false)) {
            throw new BadInputException("expired");
        }
        long size = artifact.path("size_in_bytes").asLong(0);
        if (size > MAX_FILE_BYTES) {
            throw new BadInputException(size + " bytes; a recorded run's file holds one row");
        }
        String url = artifact.path("archive_download_url").asText("");
        if (url.isEmpty()) {
            throw new BadInputException("no archive_download_url");
        }
        byte[] zip = http.download(URI.create(url));
        for (Map.Entry<String, byte[]> f : files(zip).entrySet()) {
            Optional<Build> row = HistoryReader.read(what + ": " + f.getKey(), f.getValue()).builds().stream()
                    .filter(b -> b.id().equals(runId)).findFirst();
            if (row.isPresent()) {
                OptionalDouble risk = row.get().risk();
                if (risk.isEmpty()) {
                    throw new BadInputException(f.getKey() + ": the row of run " + runId + " has no risk");
                }
                return risk.getAsDouble();
            }
        }
        throw new BadInputException("no history row with id " + runId + " in the archive");
    }

    /** The archive's files, by name, in its order; bad input when it is not a zip archive or holds none. */
    static Map<String, byte[]> files(byte[] zip) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.isDirectory()) {
                    files.put(e.getName(), bounded(in, e.getName()));
                }
            }
        } catch (IOException e) {
            throw new BadInputException("not a zip archive (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw new BadInputException("not a zip archive with a file in it");
        }
        return files;
    }

    private static byte[] bounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n = in.read(buf); n > 0; n = in.read(buf)) {
            if (out.size() + n > MAX_FILE_BYTES) {
                throw new BadInputException(name + ": larger than " + MAX_FILE_BYTES + " bytes; a recorded run's file "
                        + "holds one row");
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
