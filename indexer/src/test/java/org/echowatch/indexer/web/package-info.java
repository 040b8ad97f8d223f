/**
 * Browser tests of the watch-floor page: headless Chromium, driven by Selenium, against a real
 * indexer on a real embedded broker.
 *
 * <p>The page itself lives in {@code src/main/resources/web}; these tests only read it through the
 * indexer's HTTP server, the way an analyst's browser does.
 */
package org.echowatch.indexer.web;
