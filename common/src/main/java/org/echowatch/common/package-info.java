/**
 * The vocabulary every echowatch stage shares: the records that travel on Kafka ({@link
 * org.echowatch.common.Article}, {@link org.echowatch.common.Match}, {@link
 * org.echowatch.common.Alert}, {@link org.echowatch.common.FeedHealth}, {@link
 * org.echowatch.common.ProcessingFailure}), the typed {@link org.echowatch.common.Topics} catalogue
 * and the JSON serdes behind it.
 *
 * <p>This package does no I/O and depends on no other echowatch module.
 */
package org.echowatch.common;
