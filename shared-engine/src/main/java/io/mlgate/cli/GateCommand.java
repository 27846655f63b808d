package io.mlgate.cli;

import io.mlgate.engine.api.EngineClock;
import io.mlgate.engine.api.GateReport;
import io.mlgate.engine.report.ReportFiles;
import io.mlgate.engine.report.ReportWriter;
import picocli.CommandLine.Mixin;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A command that runs one engine call producing a {@link GateReport}, writes the four reports, prints the result
 * and exits with the gate's code. Subclasses only map their options onto the engine request.
 */
abstract class GateCommand implements Callable<Integer> {
    @Mixin
    ReportOptions report;

    /** The one engine call. */
    protected abstract GateReport execute(Console console);

    @Override
    public Integer call() {
        Console console = console();
        GateReport r = execute(console);
        Trace.mark(console.err(), "engine call returned");
        ReportWriter.Rendered rendered = ReportWriter.renderAll(r);
        Trace.mark(console.err(), "reports rendered");
        ReportFiles files = ReportWriter.write(rendered, report.out);
        Trace.mark(console.err(), "reports written");
        ReportPrinter.print(console.out(), r, rendered, files, report.format);
        Trace.mark(console.err(), "result printed");
        if (reportsEngineTime() && !report.quiet) {
            EngineClock.Mark e = EngineClock.elapsed();
            console.err().println("mlgate: engine time " + e.wallMillis() + " ms from main() to reports written ("
                    + e.threadCpuMillis() + " ms of CPU in the main thread"
                    + (e.processCpuMillis() < 0 ? "" : ", " + e.processCpuMillis() + " ms in all threads") + ")");
        }
        return ExitCodes.of(r.status());
    }

    /** Whether the command prints its engine time (from {@code main} to the reports written) on stderr. */
    protected boolean reportsEngineTime() {
        return false;
    }

    private Session session = new Session(System.out, System.err, System.getenv());

    /** Set by {@link CommandFactory}: tests capture output and give the environment, the daemon its client's. */
    void session(Session s) {
        this.session = s;
    }

    protected Console console() {
        return new Console(session.out(), session.err(), report.quiet);
    }

    /** The environment variables of this run (the client's, when the resident mlgate runs it). */
    protected Map<String, String> env() {
        return session.env();
    }

    /** What one run of a command gets: the stdout and stderr it writes to, and its environment variables. */
    record Session(PrintStream out, PrintStream err, Map<String, String> env) {
        Session {
            env = Map.copyOf(env);
        }
    }
}
