package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.BuildStatus;
import io.mlgate.engine.buildrisk.history.HistoryMark;
import org.eclipse.jgit.lib.ObjectId;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The replay state's file: UTF-8 text, one record a line, tab-separated fields, the first field naming the record;
 * tab, line breaks and backslash inside a field are written {@code \t}, {@code \n}, {@code \r}, {@code \\}; an empty
 * field is "none". The first line is the format, {@value #FORMAT} (files of the first format, without the
 * {@code history_prefix} and {@code outcomes} records, of the second, without the {@code push} and {@code pull}
 * records, and of the third, without the {@code built} records, are read too).
 * <pre>
 * builds  N                        history rows replayed (canceled builds included)
 * last_build  ID
 * history_sha256  HEX              {@link HistoryDigest} of those rows
 * history_prefix  N  BYTES  SHA256  [BYTES  SHA256]   their {@link HistoryMark} (when train could take it)
 * outcomes  BUILDS  BROKEN  BUILDS  BROKEN   completed builds and broken ones after a passing, after a broken build
 * frontier  SHA...                 commits from which every counted commit is reachable
 * missing  COMMIT...               build commits the repository lacked, as the history writes them
 * abbreviated  COMMIT  SHA         a build commit written abbreviated, and the commit it named
 * all  ID  STATUS  SECONDS  NANOS  STREAK  SHA  OUTCOMES     all branches; OUTCOMES: 1 broken, 0 not, oldest first
 * branch  NAME  ID  STATUS  SECONDS  NANOS  STREAK  SHA  OUTCOMES
 * push  BRANCH  STATUS             the branch's last build that was not a pull request's
 * pull  NUMBER  STATUS             the pull request's last build
 * built  COMMIT  STATUS            the latest build of one of the last commits built, oldest first
 * author  EMAIL  OUTCOMES          an author's recent outcomes
 * failure  PATH...                 one of the recent broken builds' changed files, oldest first
 * commits  SHASHA...               every counted commit's 40-digit name, sorted, one after another
 * times  EMAIL  SECONDS,...        an author's commit times, sorted
 * </pre>
 */
final class ReplayStateText {
    static final String FORMAT = "mlgate-buildrisk-replay-state/4";
    static final String FORMAT_3 = "mlgate-buildrisk-replay-state/3";
    static final String FORMAT_2 = "mlgate-buildrisk-replay-state/2";
    static final String FORMAT_1 = "mlgate-buildrisk-replay-state/1";
    /** The records {@link #head} reads: those before the authors'. */
    private static final Set<String> HEAD = Set.of("builds", "last_build", "history_sha256", "history_prefix",
            "outcomes", "frontier", "missing", "abbreviated", "all", "branch");

    private ReplayStateText() {
    }

    static byte[] write(ReplayState s) {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        line(out, "builds", Integer.toString(s.builds));
        line(out, "last_build", s.lastBuild);
        line(out, "history_sha256", s.historySha256);
        s.mark.ifPresent(m -> {
            List<String> f = new ArrayList<>(List.of(Integer.toString(m.rows()), Long.toString(m.part().bytes()),
                    m.part().sha256()));
            m.withRiskColumn().ifPresent(r -> f.addAll(List.of(Long.toString(r.bytes()), r.sha256())));
            line(out, "history_prefix", f.toArray(String[]::new));
        });
        if (s.outcomes != null) {
            line(out, "outcomes", Arrays.stream(s.outcomes).mapToObj(Integer::toString).toArray(String[]::new));
        }
        List<String> frontier = new ArrayList<>();
        s.frontier.forEach(c -> frontier.add(c.name()));
        line(out, "frontier", frontier.toArray(String[]::new));
        line(out, "missing", s.missing.toArray(String[]::new));
        s.abbreviated.forEach((abbrev, full) -> line(out, "abbreviated", abbrev, full.name()));
        for (ReplayState.Branch b : s.branches) {
            List<String> f = new ArrayList<>();
            if (b.name() != null) {
                f.add(b.name());
            }
            f.add(b.lastBuildId() == null ? "" : b.lastBuildId());
            f.add(b.lastStatus() == null ? "" : b.lastStatus().name());
            f.add(b.lastTime() == null ? "" : Long.toString(b.lastTime().getEpochSecond()));
            f.add(b.lastTime() == null ? "" : Integer.toString(b.lastTime().getNano()));
            f.add(Integer.toString(b.streak()));
            f.add(b.lastCommit() == null ? "" : b.lastCommit().name());
            f.add(outcomes(b.recent()));
            line(out, b.name() == null ? "all" : "branch", f.toArray(String[]::new));
        }
        s.related.pushes().forEach((branch, status) -> line(out, "push", branch, status.name()));
        s.related.pullRequests().forEach((number, status) -> line(out, "pull", number.toString(), status.name()));
        s.related.commits().forEach((commit, status) -> line(out, "built", commit, status.name()));
        s.authors.forEach((a, r) -> line(out, "author", a, outcomes(r)));
        s.failures.forEach(paths -> line(out, "failure", paths.toArray(String[]::new)));
        line(out, "commits", s.commits);
        s.times.forEach((a, t) -> line(out, "times", a, t));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static ReplayState read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (end < 0 || !isFormat(text.substring(0, end))) {
            throw new IllegalArgumentException("line 1: expected '" + FORMAT + "'");
        }
        Records r = new Records();
        int lineNo = 1;
        for (int start = end + 1; start < text.length(); start = end + 1) {
            lineNo++;
            end = text.indexOf('\n', start);
            if (end < 0) {
                throw new IllegalArgumentException("line " + lineNo + ": the file ends without a line break");
            }
            r.take(lineNo, text.substring(start, end));
        }
        return r.state();
    }

    /**
     * The head of a state file of this format: its first records up to the branches' (the rest is not parsed), with
     * only what {@link ReplayHead} keeps taken from them, and without the check of the file's SHA-256 that loading
     * the model makes; empty when the file is missing, of an older format or unreadable. Kept to plain string work:
     * it runs before the model loads, on the prediction's main thread.
     */
    static Optional<ReplayHead> head(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, 0, headLength(bytes), StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String format = end < 0 ? "" : text.substring(0, end);
            if (!format.equals(FORMAT) && !format.equals(FORMAT_3) && !format.equals(FORMAT_2)) {
                return Optional.empty();
            }
            String builds = null;
            String lastBuild = null;
            Optional<HistoryMark> mark = Optional.empty();
            Map<String, String> onBranch = new HashMap<>();
            String overall = "";
            for (int start = end + 1; start < text.length(); start = end + 1) {
                end = text.indexOf('\n', start);
                List<String> f = fields(text.substring(start, end));
                List<String> v = f.subList(1, f.size());
                switch (f.get(0)) {
                    case "builds" -> builds = one(v);
                    case "last_build" -> lastBuild = one(v);
                    case "history_prefix" -> mark = Optional.of(mark(v));
                    case "all" -> overall = v.get(5);
                    case "branch" -> {
                        if (!v.get(6).isEmpty()) {
                            onBranch.put(v.get(0), v.get(6));
                        }
                    }
                    default -> {
                        // the records a prediction needs from the head only once the model is loaded
                    }
                }
            }
            if (builds == null || lastBuild == null) {
                return Optional.empty();
            }
            return Optional.of(new ReplayHead(Integer.parseInt(builds), lastBuild, mark, onBranch, overall));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The length of the file's lines whose records {@link #HEAD} names (the format line first). */
    private static int headLength(byte[] bytes) {
        int start = 0;
        for (int line = 0; start < bytes.length; line++) {
            int end = start;
            int tab = -1;
            while (end < bytes.length && bytes[end] != '\n') {
                if (tab < 0 && bytes[end] == '\t') {
                    tab = end;
                }
                end++;
            }
            if (end == bytes.length) {
                return start; // an unfinished last line is not read
            }
            if (line > 0 && !HEAD.contains(new String(bytes, start, (tab < 0 ? end : tab) - start,
                    StandardCharsets.US_ASCII))) {
                return start;
            }
            start = end + 1;
        }
        return start;
    }

    private static boolean isFormat(String line) {
        return line.equals(FORMAT) || line.equals(FORMAT_3) || line.equals(FORMAT_2) || line.equals(FORMAT_1);
    }

    /** The records of a state file, taken one line at a time. */
    private static final class Records {
        final Map<String, String> single = new HashMap<>();
        Optional<HistoryMark> mark = Optional.empty();
        int[] outcomes;
        List<String> frontier = List.of();
        List<String> missing = List.of();
        final Map<String, ObjectId> abbreviated = new LinkedHashMap<>();
        final List<ReplayState.Branch> branches = new ArrayList<>();
        final Map<String, BuildStatus> pushes = new HashMap<>();
        final Map<Integer, BuildStatus> pulls = new HashMap<>();
        final Map<String, BuildStatus> built = new LinkedHashMap<>();
        final Map<String, List<Boolean>> authors = new HashMap<>();
        final List<List<String>> failures = new ArrayList<>();
        String commits = "";
        final Map<String, String> times = new HashMap<>();

        void take(int lineNo, String line) {
            List<String> f = fields(line);
            String key = f.get(0);
            List<String> v = f.subList(1, f.size());
            try {
                switch (key) {
                    case "builds", "last_build", "history_sha256" -> single.put(key, one(v));
                    case "history_prefix" -> mark = Optional.of(mark(v));
                    case "outcomes" -> outcomes = counts(v);
                    case "frontier" -> frontier = v;
                    case "missing" -> missing = v;
                    case "abbreviated" -> abbreviated.put(v.get(0), ObjectId.fromString(v.get(1)));
                    case "all" -> branches.add(branch(null, v));
                    case "branch" -> branches.add(branch(v.get(0), v.subList(1, v.size())));
                    case "push" -> pushes.put(two(v).get(0), BuildStatus.valueOf(v.get(1)));
                    case "pull" -> pulls.put(pullRequest(two(v).get(0)), BuildStatus.valueOf(v.get(1)));
                    case "built" -> built.put(two(v).get(0), BuildStatus.valueOf(v.get(1)));
                    case "author" -> authors.put(v.get(0), outcomes(v.get(1)));
                    case "failure" -> failures.add(v);
                    case "commits" -> commits = one(v);
                    case "times" -> times.put(v.get(0), v.get(1));
                    default -> throw new IllegalArgumentException("unknown record '" + key + "'");
                }
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("line " + lineNo + ": " + key + ": " + e.getMessage(), e);
            }
        }

        private void require() {
            for (String k : List.of("builds", "last_build", "history_sha256")) {
                if (!single.containsKey(k)) {
                    throw new IllegalArgumentException("no '" + k + "' record");
                }
            }
        }

        ReplayState state() {
            require();
            List<ObjectId> tips = new ArrayList<>();
            frontier.forEach(c -> tips.add(ObjectId.fromString(c)));
            return new ReplayState(Integer.parseInt(single.get("builds")), single.get("last_build"),
                    single.get("history_sha256"), mark, outcomes, tips, missing, abbreviated, branches,
                    new ReplayState.Related(pushes, pulls, built), authors,
                    failures, commits, times);
        }
    }

    private static HistoryMark mark(List<String> v) {
        if (v.size() != 3 && v.size() != 5) {
            throw new IllegalArgumentException("expected 3 or 5 fields, got " + v.size());
        }
        Optional<HistoryMark.Part> risk = v.size() == 5
                ? Optional.of(new HistoryMark.Part(Long.parseLong(v.get(3)), v.get(4))) : Optional.empty();
        return new HistoryMark(Integer.parseInt(v.get(0)), new HistoryMark.Part(Long.parseLong(v.get(1)), v.get(2)),
                risk);
    }

    private static int[] counts(List<String> v) {
        if (v.size() != 4) {
            throw new IllegalArgumentException("expected 4 fields, got " + v.size());
        }
        return v.stream().mapToInt(Integer::parseInt).toArray();
    }

    private static ReplayState.Branch branch(String name, List<String> v) {
        if (v.size() != 7) {
            throw new IllegalArgumentException("expected 7 fields, got " + v.size());
        }
        Instant time = v.get(2).isEmpty() ? null : Instant.ofEpochSecond(Long.parseLong(v.get(2)), Long.parseLong(v.get(3)));
        return new ReplayState.Branch(name, v.get(0).isEmpty() ? null : v.get(0),
                v.get(1).isEmpty() ? null : BuildStatus.valueOf(v.get(1)), time, Integer.parseInt(v.get(4)),
                v.get(5).isEmpty() ? null : ObjectId.fromString(v.get(5)), outcomes(v.get(6)));
    }

    private static List<String> two(List<String> v) {
        if (v.size() != 2) {
            throw new IllegalArgumentException("expected 2 fields, got " + v.size());
        }
        return v;
    }

    private static int pullRequest(String number) {
        int n = Integer.parseInt(number);
        if (n < 1) {
            throw new IllegalArgumentException("a pull request number is 1 or more, got " + n);
        }
        return n;
    }

    private static String one(List<String> v) {
        if (v.size() != 1) {
            throw new IllegalArgumentException("expected 1 field, got " + v.size());
        }
        return v.get(0);
    }

    private static String outcomes(List<Boolean> r) {
        StringBuilder s = new StringBuilder(r.size());
        r.forEach(b -> s.append(b ? '1' : '0'));
        return s.toString();
    }

    private static List<Boolean> outcomes(String s) {
        List<Boolean> r = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '0' && c != '1') {
                throw new IllegalArgumentException("outcomes are 0 and 1, got '" + s + "'");
            }
            r.add(c == '1');
        }
        return r;
    }

    private static void line(StringBuilder out, String key, String... fields) {
        out.append(key);
        for (String f : fields) {
            out.append('\t');
            for (int i = 0; i < f.length(); i++) {
                char c = f.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
        out.append('\n');
    }

    /** The line's fields, escapes undone. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        if (line.indexOf('\\') < 0) {
            int from = 0;
            for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', from)) {
                out.add(line.substring(from, tab));
                from = tab + 1;
            }
            out.add(line.substring(from));
            return out;
        }
        StringBuilder f = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                out.add(f.toString());
                f.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char e = line.charAt(++i);
                f.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '\\' -> '\\';
                    default -> throw new IllegalArgumentException("unknown escape '\\" + e + "'");
                });
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
