/**
 * The demo of {@code echowatch run --demo}: the bundled corpus ({@code demo/stories.json}), its
 * shift onto the present, and the fast clock that releases it over the first half minute. The
 * stories are served by ingest's {@code DemoAgencySite}; nothing here detects or extracts.
 */
package org.echowatch.app.demo;
