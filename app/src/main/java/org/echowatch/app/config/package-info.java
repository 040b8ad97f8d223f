/**
 * Configuration of the {@code echowatch} command: the catalogue of every {@code ECHOWATCH_*}
 * variable, the merge of command-line flags over the environment, and the settings that belong to
 * the command itself (embedded broker, management port). Pure code: no I/O, no Kafka.
 */
package org.echowatch.app.config;
