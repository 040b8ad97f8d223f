/** echowatch ingest stage. */
package org.echowatch.ingest;
