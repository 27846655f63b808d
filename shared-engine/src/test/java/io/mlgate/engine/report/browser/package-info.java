/**
 * Test-only driver for headless Chromium over the Chrome DevTools Protocol, built on the JDK's
 * {@link java.net.http.WebSocket} and Jackson: start the browser ({@link io.mlgate.engine.report.browser.HeadlessChromium}),
 * speak the protocol ({@link io.mlgate.engine.report.browser.CdpSession}), and load one page while recording its
 * console errors, exceptions and network requests ({@link io.mlgate.engine.report.browser.BrowserPage}).
 * Every wait has a deadline and the browser process is always killed.
 */
package io.mlgate.engine.report.browser;
