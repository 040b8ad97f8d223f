/**
 * Progress of long commands ({@code replay}, backfills, index rebuilds): how much is done, the rate
 * and the time left. {@link org.echowatch.app.progress.ProgressFormat} holds the pure formatting;
 * {@link org.echowatch.app.progress.ProgressReporter} prints it, as one updating line on a terminal
 * and as plain periodic lines otherwise (logs, CI). Nothing here knows what is being counted.
 */
package org.echowatch.app.progress;
