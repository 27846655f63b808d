package io.mlgate.engine.buildrisk.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlgate.engine.api.BadInputException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** GET a JSON document over HTTP; every failure is one line naming the URL (bad input: exit 2). */
final class HttpJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String service;
    private final Map<String, String> headers;

    /** A JSON body and the response's {@code Link} header, if any. */
    record Page(JsonNode body, Optional<String> link) {
    }

    /**
     * @param service what is being asked, for messages ({@code GitHub}, {@code Jenkins})
     * @param headers headers sent with every request (authorization, accept)
     */
    HttpJson(String service, Map<String, String> headers) {
        this.service = service;
        this.headers = Map.copyOf(headers);
    }

    Page get(URI uri) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        headers.forEach(rb::header);
        HttpResponse<String> resp;
        try {
            resp = client.send(rb.build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new BadInputException(service + ": cannot connect to " + uri + " (" + uri.getHost() + ":"
                    + uri.getPort() + " refused the connection)");
        } catch (HttpTimeoutException e) {
            throw new BadInputException(service + ": " + uri + " did not answer in time");
        } catch (IOException e) {
            throw new BadInputException(service + ": cannot read " + uri + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadInputException(service + ": interrupted while reading " + uri);
        }
        if (resp.statusCode() != 200) {
            throw new BadInputException(service + ": GET " + uri + " answered HTTP " + resp.statusCode()
                    + hint(resp.statusCode()) + message(resp.body()));
        }
        try {
            return new Page(JSON.readTree(resp.body()), resp.headers().firstValue("Link"));
        } catch (IOException e) {
            throw new BadInputException(service + ": " + uri + " did not answer with JSON");
        }
    }

    private static String hint(int code) {
        return switch (code) {
            case 401, 403 -> " (access denied: check the token)";
            case 404 -> " (not found: check the URL, the repository or job name, and the token's access)";
            default -> "";
        };
    }

    /** The error's own message, when the server sent one in JSON ({@code {"message": ...}}), on one line. */
    private static String message(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            String m = n == null ? "" : n.path("message").asText("");
            return m.isBlank() ? "" : ": " + m.replaceAll("\\s+", " ").trim();
        } catch (IOException e) {
            return "";
        }
    }
}
