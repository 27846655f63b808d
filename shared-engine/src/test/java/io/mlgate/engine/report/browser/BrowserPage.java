package io.mlgate.engine.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One local page loaded in a fresh headless Chromium, with what went wrong on the way: console errors, uncaught
 * exceptions, browser log errors, and every request for something other than the page itself or a {@code data:}
 * URL. The lists keep filling while the page is open.
 */
public final class BrowserPage implements AutoCloseable {
    /** Width of the emulated window in CSS pixels. */
    public static final int WIDTH = 1280;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HeadlessChromium browser;
    private final CdpSession cdp;
    private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
    private final List<String> exceptions = new CopyOnWriteArrayList<>();
    private final List<String> logErrors = new CopyOnWriteArrayList<>();
    private final List<String> foreignRequests = new CopyOnWriteArrayList<>();

    private BrowserPage(HeadlessChromium browser, CdpSession cdp) {
        this.browser = browser;
        this.cdp = cdp;
    }

    /** Starts Chromium, opens {@code file} and waits for its load event; each step waits at most {@code timeout}. */
    public static BrowserPage open(Path chromium, Path file, Duration timeout) throws IOException, InterruptedException {
        HeadlessChromium browser = HeadlessChromium.start(chromium, timeout);
        BrowserPage page = null;
        try {
            page = new BrowserPage(browser, CdpSession.connect(browser.pageWebSocketUrl(timeout), timeout));
            page.load(file.toUri(), timeout);
            return page;
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (page != null) {
                page.close();
            } else {
                browser.close();
            }
            throw e;
        }
    }

    private void load(URI url, Duration timeout) throws IOException, InterruptedException {
        String self = url.toString();
        cdp.onEvent(e -> record(e, self));
        for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
            cdp.send(domain + ".enable", null);
        }
        cdp.send("Emulation.setDeviceMetricsOverride", CdpSession.params().put("width", WIDTH).put("height", 900)
                .put("deviceScaleFactor", 1).put("mobile", false));
        var loaded = cdp.nextEvent("Page.loadEventFired");
        JsonNode nav = cdp.send("Page.navigate", CdpSession.params().put("url", self));
        if (nav.hasNonNull("errorText")) {
            throw new IOException("navigation to " + self + " failed: " + nav.get("errorText").asText());
        }
        try {
            loaded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("no load event for " + self + " within " + timeout.toSeconds() + " s", e);
        }
    }

    private void record(JsonNode event, String self) {
        JsonNode p = event.path("params");
        switch (event.path("method").asText()) {
            case "Runtime.consoleAPICalled" -> {
                if ("error".equals(p.path("type").asText())) {
                    StringBuilder text = new StringBuilder();
                    p.path("args").forEach(a -> text.append(a.path("value").asText(a.path("description").asText())).append(' '));
                    consoleErrors.add(text.toString().trim());
                }
            }
            case "Runtime.exceptionThrown" -> exceptions.add(p.path("exceptionDetails").toString());
            case "Log.entryAdded" -> {
                if ("error".equals(p.path("entry").path("level").asText())) {
                    logErrors.add(p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
                }
            }
            case "Network.requestWillBeSent" -> {
                String url = p.path("request").path("url").asText();
                if (!url.equals(self) && !url.startsWith("data:")) {
                    foreignRequests.add(url);
                }
            }
            default -> { }
        }
    }

    /** Evaluates {@code expression} in the page and returns its value (objects come back as JSON). */
    public JsonNode evaluate(String expression) throws IOException, InterruptedException {
        JsonNode r = cdp.send("Runtime.evaluate", CdpSession.params().put("expression", expression)
                .put("returnByValue", true).put("awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IOException("evaluation threw: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** A PNG of the whole page at {@link #WIDTH} CSS pixels, as tall as its content (capped at 8000 pixels). */
    public byte[] screenshot() throws IOException, InterruptedException {
        JsonNode size = cdp.send("Page.getLayoutMetrics", null).path("cssContentSize");
        double height = Math.min(8000, Math.max(1, size.path("height").asDouble(900)));
        var clip = JSON.createObjectNode().put("x", 0).put("y", 0).put("width", WIDTH).put("height", height).put("scale", 1);
        var params = CdpSession.params().put("format", "png").put("captureBeyondViewport", true);
        params.set("clip", clip);
        return Base64.getDecoder().decode(cdp.send("Page.captureScreenshot", params).path("data").asText());
    }

    public List<String> consoleErrors() {
        return List.copyOf(consoleErrors);
    }

    public List<String> exceptions() {
        return List.copyOf(exceptions);
    }

    public List<String> logErrors() {
        return List.copyOf(logErrors);
    }

    public List<String> foreignRequests() {
        return List.copyOf(foreignRequests);
    }

    @Override
    public void close() {
        try {
            cdp.close();
        } finally {
            browser.close();
        }
    }
}
