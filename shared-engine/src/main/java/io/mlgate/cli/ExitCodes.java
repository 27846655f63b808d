package io.mlgate.cli;

import io.mlgate.engine.api.Status;

/** The exit codes every command uses: 0 pass, 1 gate failed, 2 bad input or usage, 3 internal error. */
public final class ExitCodes {
    public static final int PASS = 0;
    public static final int GATE_FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }

    /** PASS, WARN and NO_DATA exit 0 (warnings are shown, not fatal); FAIL exits 1; ERROR exits 3. */
    public static int of(Status status) {
        return switch (status) {
            case PASS, WARN, NO_DATA -> PASS;
            case FAIL -> GATE_FAILED;
            case ERROR -> INTERNAL;
        };
    }
}
