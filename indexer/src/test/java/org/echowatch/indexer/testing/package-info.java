/** Test builders of echowatch records, shared by the indexer's tests and benchmarks. */
package org.echowatch.indexer.testing;
