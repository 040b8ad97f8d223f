/** echowatch indexer stage. */
package org.echowatch.indexer;
