/**
 * The container tier: the project's own image (built offline by {@code scripts/build-images.sh})
 * run with Testcontainers as a Kafka broker and one container per stage, reached only through ports
 * published on 127.0.0.1. These tests run only under the Maven profile {@code containers} and need
 * a Docker engine, {@code TESTCONTAINERS_RYUK_DISABLED=true} and {@code
 * TESTCONTAINERS_HOST_OVERRIDE=127.0.0.1} (see {@code .ci/run}).
 */
package org.echowatch.app.containers;
