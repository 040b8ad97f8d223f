/**
 * A stand-in for the agencies' sites: {@link org.echowatch.ingest.demo.DemoAgencySite} serves
 * {@link org.echowatch.ingest.demo.DemoStory} records as RSS feeds, Xinhua datasource lists, hub
 * pages and article pages in each edition's real layout, on 127.0.0.1. Used by the demo and tests;
 * never by the production poller.
 */
package org.echowatch.ingest.demo;
