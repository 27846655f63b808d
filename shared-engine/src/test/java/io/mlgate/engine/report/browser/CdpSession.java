package io.mlgate.engine.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One Chrome DevTools Protocol connection to a page target: commands with ids and answers, and events handed to
 * listeners. Every command waits at most the session's timeout.
 */
public final class CdpSession implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Duration timeout;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<JsonNode>> awaited = new ConcurrentHashMap<>();
    private WebSocket socket;

    private CdpSession(Duration timeout) {
        this.timeout = timeout;
    }

    public static CdpSession connect(URI webSocketUrl, Duration timeout) throws IOException, InterruptedException {
        CdpSession session = new CdpSession(timeout);
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).connectTimeout(timeout).build();
        try {
            session.socket = http.newWebSocketBuilder().connectTimeout(timeout)
                    .buildAsync(webSocketUrl, session.new Receiver()).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("cannot open DevTools WebSocket " + webSocketUrl + ": " + e, e);
        }
        return session;
    }

    /** Calls {@code listener} with every event ({@code {"method": ..., "params": ...}}) from now on. */
    public void onEvent(Consumer<JsonNode> listener) {
        listeners.add(listener);
    }

    /** A future for the next event named {@code method}; ask before the command that causes it. */
    public CompletableFuture<JsonNode> nextEvent(String method) {
        return awaited.computeIfAbsent(method, m -> new CompletableFuture<>());
    }

    /** Sends a command and returns its {@code result}; a protocol error or the timeout is an {@link IOException}. */
    public JsonNode send(String method, ObjectNode params) throws IOException, InterruptedException {
        int id = ids.incrementAndGet();
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? JSON.createObjectNode() : params);
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            socket.sendText(JSON.writeValueAsString(msg), true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            JsonNode reply = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply.has("error")) {
                throw new IOException(method + " failed: " + reply.get("error"));
            }
            return reply.path("result");
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException(method + " got no answer within " + timeout.toSeconds() + " s: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    public static ObjectNode params() {
        return JSON.createObjectNode();
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    private void dispatch(String text) {
        JsonNode msg;
        try {
            msg = JSON.readTree(text);
        } catch (IOException e) {
            return;
        }
        if (msg.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(msg.get("id").asInt());
            if (answer != null) {
                answer.complete(msg);
            }
            return;
        }
        String method = msg.path("method").asText();
        listeners.forEach(l -> l.accept(msg));
        CompletableFuture<JsonNode> waiter = awaited.remove(method);
        if (waiter != null) {
            waiter.complete(msg.path("params"));
        }
    }

    private final class Receiver implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            IOException closed = new IOException("DevTools WebSocket closed: " + statusCode + " " + reason);
            pending.values().forEach(f -> f.completeExceptionally(closed));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }
}
