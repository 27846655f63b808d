package io.mlgate.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The command lines of {@code buildrisk predict} and {@code record}, which a pipeline runs on every build, parsed
 * without picocli: building picocli's model of the command line and running its parser is 35-40 ms of a prediction
 * of about 300 ms in a fresh JVM (docs/buildrisk-measured.md, "Speed"). Only the plainest lines are taken: options by their
 * names, each at most once, as {@code --name value} or {@code --name=value}, values that convert and do not start
 * with {@code -} or {@code @}, the required options present. Anything else (help, version, an unknown or repeated
 * option, a value that does not convert, an argument file, a missing required option) is left to picocli, which
 * parses the line as before and reports its errors. {@code FastLineTest} holds this to picocli: the same fields after
 * the same lines, every option of the two commands known here, the same defaults.
 *
 * <p>Written with switches, not lambdas or records, and without picocli's factory: in a fresh JVM each lambda's and
 * each record method's first call links an {@code invokedynamic} call site, and the factory loads picocli.
 */
final class FastLine {
    private FastLine() {
    }

    /** The command {@code args} name with its fields set as picocli would set them; null when picocli must parse. */
    static GateCommand parse(String[] args, GateCommand.Session session) {
        if (args.length < 2 || !"buildrisk".equals(args[0])) {
            return null;
        }
        if ("predict".equals(args[1])) {
            BuildriskPredictCommand c = new BuildriskPredictCommand();
            c.session(session);
            c.inputs = new BuildriskInputs();
            c.inputs.repo = Path.of(".");
            c.commit = "HEAD";
            c.factors = 3;
            return parse(args, c) ? c : null;
        }
        if ("record".equals(args[1])) {
            BuildriskRecordCommand c = new BuildriskRecordCommand();
            c.session(session);
            c.repo = Path.of(".");
            return parse(args, c) && c.history != null && c.status != null ? c : null;
        }
        return null;
    }

    /** Sets {@code c}'s options from {@code args} after the command's two words; false when picocli must parse. */
    private static boolean parse(String[] args, GateCommand c) {
        ReportOptions r = new ReportOptions();
        r.out = Path.of("mlgate-reports");
        r.format = OutputFormat.TEXT;
        c.report = r;
        Set<String> seen = new HashSet<>();
        for (int i = 2; i < args.length; i++) {
            String name = args[i];
            String value = null;
            int eq = name.indexOf('=');
            if (name.startsWith("--") && eq > 2) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if ("-q".equals(name) || "--quiet".equals(name)) {
                if (value != null || !seen.add("--quiet")) {
                    return false;
                }
                r.quiet = true;
                continue;
            }
            if (!seen.add(name)) {
                return false;
            }
            if (value == null) {
                if (i + 1 == args.length) {
                    return false;
                }
                value = args[++i];
            }
            if (value.startsWith("-") || value.startsWith("@")) {
                return false;
            }
            boolean set = report(r, name, value) || (c instanceof BuildriskPredictCommand p ? predict(p, name, value)
                    : record((BuildriskRecordCommand) c, name, value));
            if (!set) {
                return false;
            }
        }
        return true;
    }

    private static boolean report(ReportOptions r, String name, String v) {
        switch (name) {
            case "--out":
                return (r.out = path(v)) != null;
            case "--format":
                for (OutputFormat f : OutputFormat.values()) {
                    if (f.name().equalsIgnoreCase(v)) {
                        r.format = f;
                        return true;
                    }
                }
                return false;
            default:
                return false;
        }
    }

    private static boolean predict(BuildriskPredictCommand c, String name, String v) {
        switch (name) {
            case "--policy":
                return (c.inputs.policy = path(v)) != null;
            case "--history":
                return (c.inputs.history = path(v)) != null;
            case "--repo":
                return (c.inputs.repo = path(v)) != null;
            case "--model":
                return (c.model = path(v)) != null;
            case "--commit":
                c.commit = v;
                return true;
            case "--branch":
                c.branch = v;
                return true;
            case "--pull-request":
                return digits(v, 9) && (c.pullRequest = Integer.valueOf(v)) != null;
            case "--time":
                c.time = v;
                return true;
            case "--factors":
                if (!digits(v, 9)) {
                    return false;
                }
                c.factors = Integer.parseInt(v);
                return true;
            default:
                return false;
        }
    }

    private static boolean record(BuildriskRecordCommand c, String name, String v) {
        switch (name) {
            case "--history":
                return (c.history = path(v)) != null;
            case "--id":
                c.id = v;
                return true;
            case "--commit":
                c.commit = v;
                return true;
            case "--repo":
                return (c.repo = path(v)) != null;
            case "--branch":
                c.branch = v;
                return true;
            case "--status":
                c.status = v;
                return true;
            case "--started-at":
                c.startedAt = v;
                return true;
            case "--duration":
                return digits(v, 18) && (c.duration = Long.valueOf(v)) != null;
            case "--pull-request":
                return digits(v, 9) && (c.pullRequest = Integer.valueOf(v)) != null;
            case "--event":
                c.event = v;
                return true;
            case "--risk":
                c.risk = v;
                return true;
            default:
                return false;
        }
    }

    private static boolean digits(String v, int most) {
        if (v.isEmpty() || v.length() > most) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** The path picocli's converter would give, or null where it would fail. */
    private static Path path(String v) {
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
