package io.mlgate.engine.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version, read once from the build's filtered {@code version.properties}. */
public final class EngineVersion {
    private static final String VERSION = load();

    private EngineVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = EngineVersion.class.getResourceAsStream("/io/mlgate/engine/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }
}
