/** echowatch app stage. */
package org.echowatch.app;
