package io.mlgate.engine.buildrisk.features;

import io.mlgate.engine.buildrisk.history.BuildStatus;
import org.eclipse.jgit.lib.ObjectId;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The replay state's file: UTF-8 text, one record a line, tab-separated fields, the first field naming the record;
 * tab, line breaks and backslash inside a field are written {@code \t}, {@code \n}, {@code \r}, {@code \\}; an empty
 * field is "none". The first line is the format, {@value #FORMAT}.
 * <pre>
 * builds  N                        history rows replayed (canceled builds included)
 * last_build  ID
 * history_sha256  HEX              {@link HistoryDigest} of those rows
 * frontier  SHA...                 commits from which every counted commit is reachable
 * missing  COMMIT...               build commits the repository lacked, as the history writes them
 * abbreviated  COMMIT  SHA         a build commit written abbreviated, and the commit it named
 * all  ID  STATUS  SECONDS  NANOS  STREAK  SHA  OUTCOMES     all branches; OUTCOMES: 1 broken, 0 not, oldest first
 * branch  NAME  ID  STATUS  SECONDS  NANOS  STREAK  SHA  OUTCOMES
 * author  EMAIL  OUTCOMES          an author's recent outcomes
 * failure  PATH...                 one of the recent broken builds' changed files, oldest first
 * commits  SHASHA...               every counted commit's 40-digit name, sorted, one after another
 * times  EMAIL  SECONDS,...        an author's commit times, sorted
 * </pre>
 */
final class ReplayStateText {
    static final String FORMAT = "mlgate-buildrisk-replay-state/1";

    private ReplayStateText() {
    }

    static byte[] write(ReplayState s) {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        line(out, "builds", Integer.toString(s.builds));
        line(out, "last_build", s.lastBuild);
        line(out, "history_sha256", s.historySha256);
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
        s.authors.forEach((a, r) -> line(out, "author", a, outcomes(r)));
        s.failures.forEach(paths -> line(out, "failure", paths.toArray(String[]::new)));
        line(out, "commits", s.commits);
        s.times.forEach((a, t) -> line(out, "times", a, t));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static ReplayState read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (end < 0 || !text.substring(0, end).equals(FORMAT)) {
            throw new IllegalArgumentException("line 1: expected '" + FORMAT + "'");
        }
        Map<String, String> single = new HashMap<>();
        List<String> frontier = List.of();
        List<String> missing = List.of();
        Map<String, ObjectId> abbreviated = new LinkedHashMap<>();
        List<ReplayState.Branch> branches = new ArrayList<>();
        Map<String, List<Boolean>> authors = new HashMap<>();
        List<List<String>> failures = new ArrayList<>();
        String commits = "";
        Map<String, String> times = new HashMap<>();
        int lineNo = 1;
        for (int start = end + 1; start < text.length(); start = end + 1) {
            lineNo++;
            end = text.indexOf('\n', start);
            if (end < 0) {
                throw new IllegalArgumentException("line " + lineNo + ": the file ends without a line break");
            }
            List<String> f = fields(text.substring(start, end));
            String key = f.get(0);
            List<String> v = f.subList(1, f.size());
            try {
                switch (key) {
                    case "builds", "last_build", "history_sha256" -> single.put(key, one(v));
                    case "frontier" -> frontier = v;
                    case "missing" -> missing = v;
                    case "abbreviated" -> abbreviated.put(v.get(0), ObjectId.fromString(v.get(1)));
                    case "all" -> branches.add(branch(null, v));
                    case "branch" -> branches.add(branch(v.get(0), v.subList(1, v.size())));
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
        for (String k : List.of("builds", "last_build", "history_sha256")) {
            if (!single.containsKey(k)) {
                throw new IllegalArgumentException("no '" + k + "' record");
            }
        }
        List<ObjectId> tips = new ArrayList<>();
        frontier.forEach(c -> tips.add(ObjectId.fromString(c)));
        return new ReplayState(Integer.parseInt(single.get("builds")), single.get("last_build"),
                single.get("history_sha256"), tips, missing, abbreviated, branches, authors, failures, commits, times);
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
