/**
 * The subcommands of {@code echowatch}: thin adapters from flags and files to the stages' entry
 * points. They return exit codes and never exit the JVM themselves.
 */
package org.echowatch.app.cli;
