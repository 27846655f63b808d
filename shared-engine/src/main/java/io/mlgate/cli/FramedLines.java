package io.mlgate.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * One stream of a {@link Daemon} answer: each line written becomes {@code TAG TEXT\n} on the shared connection, so
 * that the client can tell standard output from standard error; a last line without a newline is sent on close.
 */
final class FramedLines extends OutputStream {
    private final OutputStream to;
    private final char tag;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    FramedLines(OutputStream to, char tag) {
        this.to = to;
        this.tag = tag;
    }

    @Override
    public void write(int b) throws IOException {
        if (b == '\n') {
            send();
        } else {
            line.write(b);
        }
    }

    private void send() throws IOException {
        synchronized (to) {
            to.write(tag);
            to.write(' ');
            line.writeTo(to);
            to.write('\n');
        }
        line.reset();
    }

    @Override
    public void flush() throws IOException {
        synchronized (to) {
            to.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (line.size() > 0) {
            send();
        }
        flush();
    }
}
