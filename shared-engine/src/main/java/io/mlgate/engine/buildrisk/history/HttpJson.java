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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GET a JSON document, or a file's bytes, over HTTP; every failure is one line naming the URL (bad input: exit 2). */
final class HttpJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");
    private static final int MAX_REDIRECTS = 5;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private HttpClient noRedirects;
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

    /** A client for {@code service} sending {@code token}, when given, as {@code Authorization: Bearer}. */
    static HttpJson withBearer(String service, Optional<String> token, String... namesAndValues) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        token.ifPresent(t -> headers.put("Authorization", "Bearer " + t));
        return new HttpJson(service, headers);
    }

    Page get(URI uri) {
        HttpResponse<String> resp = send(client, uri, headers, HttpResponse.BodyHandlers.ofString());
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

    /**
     * The bytes at {@code uri}. A redirect (GitHub sends one to a pre-signed storage URL for an artifact's archive)
     * is followed without this client's headers, so the token never leaves for another host; at most 5.
     */
    byte[] download(URI uri) {
        if (noRedirects == null) {
            noRedirects = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }
        URI at = uri;
        Map<String, String> sent = headers;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            HttpResponse<byte[]> resp = send(noRedirects, at, sent, HttpResponse.BodyHandlers.ofByteArray());
            int code = resp.statusCode();
            Optional<String> location = resp.headers().firstValue("Location");
            if (code >= 300 && code < 400 && location.isPresent()) {
                at = at.resolve(location.get());
                sent = Map.of();
                continue;
            }
            if (code != 200) {
                // a storage URL's query is its signature: a credential, however short-lived, stays out of the logs
                URI shown = hop == 0 ? at : URI.create(at.getScheme() + "://" + at.getRawAuthority() + at.getRawPath());
                throw new BadInputException(service + ": GET " + shown + " answered HTTP " + code
                        + (hop == 0 ? hint(code) + message(new String(resp.body(), StandardCharsets.UTF_8))
                        : " (a storage URL that " + uri.getHost() + " redirected to)"));
            }
            return resp.body();
        }
        throw new BadInputException(service + ": " + uri + " redirected more than " + MAX_REDIRECTS + " times");
    }

    private <T> HttpResponse<T> send(HttpClient over, URI uri, Map<String, String> with,
                                     HttpResponse.BodyHandler<T> body) {
        HttpRequest.Builder rb = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        with.forEach(rb::header);
        try {
            return over.send(rb.build(), body);
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
    }

    /**
     * Walks a paged list: the page at {@code first}, then each page its {@code Link: rel="next"} names, until
     * {@code max} items were handed to {@code each} or a page is empty or the last. {@code items} finds a page's list
     * in its body; a page without one is bad input saying it lacks {@code expected}. {@code afterPage} hears how many
     * items were seen so far.
     */
    void forEachItem(URI first, int max, UnaryOperator<JsonNode> items, String expected, Consumer<JsonNode> each,
                     IntConsumer afterPage) {
        forEachItem(first, max, items, expected, each, afterPage,
                page -> page.link().map(HttpJson::nextLink).orElse(null));
    }

    /**
     * {@link #forEachItem(URI, int, UnaryOperator, String, Consumer, IntConsumer)} for a list whose pages name the next
     * one otherwise (a token in the body): {@code nextPage} gives the URL of the page after {@code page}, or null.
     */
    void forEachItem(URI first, int max, UnaryOperator<JsonNode> items, String expected, Consumer<JsonNode> each,
                     IntConsumer afterPage, Function<Page, URI> nextPage) {
        URI next = first;
        int seen = 0;
        while (next != null && seen < max) {
            Page page = get(next);
            JsonNode list = items.apply(page.body());
            if (!list.isArray()) {
                throw new BadInputException(service + ": " + next + " answered without " + expected);
            }
            for (JsonNode item : list) {
                if (seen++ >= max) {
                    break;
                }
                each.accept(item);
            }
            afterPage.accept(seen);
            next = list.isEmpty() ? null : nextPage.apply(page);
        }
    }

    /** The {@code rel="next"} URL of a {@code Link} header, or null. */
    static URI nextLink(String linkHeader) {
        Matcher m = NEXT.matcher(linkHeader);
        return m.find() ? URI.create(m.group(1)) : null;
    }

    /** Seconds from {@code start} to the instant in {@code node}'s {@code endField}; empty when either is missing. */
    static OptionalLong secondsFrom(Optional<Instant> start, JsonNode node, String endField) {
        return start.flatMap(s -> time(node, endField).map(e -> Duration.between(s, e).toSeconds()))
                .filter(d -> d >= 0).map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /** The instant in {@code node}'s {@code field} (ISO-8601), or empty when it is missing or not one. */
    static Optional<Instant> time(JsonNode node, String field) {
        String t = node.path(field).asText("");
        try {
            return t.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(t));
        } catch (DateTimeParseException e) {
            return Optional.empty();
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
