/** echowatch streams stage. */
package org.echowatch.streams;
