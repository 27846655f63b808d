package io.mlgate.engine.buildrisk.history;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** An HTTP server on 127.0.0.1 answering from a function of the request, keeping what it was asked. */
final class LocalServer implements AutoCloseable {
    /** What a request got back. */
    record Answer(int status, String body, Map<String, String> headers, byte[] bytes) {
        Answer(int status, String body, Map<String, String> headers) {
            this(status, body, headers, null);
        }

        static Answer json(String body) {
            return new Answer(200, body, Map.of("Content-Type", "application/json"));
        }

        /** A binary body (an archive), sent as it is. */
        static Answer bytes(byte[] body) {
            return new Answer(200, "", Map.of("Content-Type", "application/zip"), body);
        }

        /** A redirect to {@code location} ({base} stands for this server). */
        static Answer redirect(String location) {
            return new Answer(302, "", Map.of("Location", location));
        }
    }

    /** A request as the server saw it: the decoded path and query, the authorization header, and every header. */
    record Request(String path, String query, String authorization, com.sun.net.httpserver.Headers headers) {
        /** The first value of header {@code name}, or null. */
        String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    LocalServer(Function<Request, Answer> handler) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", ex -> {
            URI u = ex.getRequestURI();
            Request r = new Request(u.getPath(), u.getQuery(), ex.getRequestHeaders().getFirst("Authorization"),
                    ex.getRequestHeaders());
            requests.add(r);
            Answer a = handler.apply(r);
            a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v.replace("{base}", base())));
            byte[] body = a.bytes() != null ? a.bytes() : a.body().replace("{base}", base()).getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(a.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
