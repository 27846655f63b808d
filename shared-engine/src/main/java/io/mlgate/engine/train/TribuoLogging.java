package io.mlgate.engine.train;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tribuo reports progress through java.util.logging at INFO on stderr; mlgate prints its own progress, so Tribuo
 * is turned down to warnings. The logger is held in a field because java.util.logging keeps loggers weakly.
 */
public final class TribuoLogging {
    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");

    private TribuoLogging() {
    }

    public static void quiet() {
        TRIBUO.setLevel(Level.WARNING);
    }
}
