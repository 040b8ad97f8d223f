/**
 * The watch floor's HTTP side on the JDK {@code HttpServer}: one dispatcher that sets the security
 * headers on every response, resolves the session, enforces roles and CSRF, and routes to thin
 * handlers, one class per concern. Every answer is JSON (scraped text only ever as JSON strings),
 * except the static page files and the Server-Sent Event stream.
 */
package org.echowatch.indexer.http;
