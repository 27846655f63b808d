package io.mlgate.engine.buildrisk.history;

import java.net.URI;

/** The checks every import request makes of its URL and its count. */
final class RequestChecks {
    private RequestChecks() {
    }

    /** {@code url} (named {@code what} in the message, "GitHub API URL") must be http or https. */
    static void httpUrl(URI url, String what) {
        String scheme = url.getScheme();
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new IllegalArgumentException(what + " must be http or https, got '" + url + "'");
        }
    }

    /** At least one of {@code what} ("runs", "builds", "pipelines") must be imported. */
    static void atLeastOne(int count, String what) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of " + what + " to import must be >= 1, got " + count);
        }
    }
}
