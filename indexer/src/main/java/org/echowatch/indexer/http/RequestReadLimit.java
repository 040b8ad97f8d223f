package org.echowatch.indexer.http;

/**
 * How long the JDK HTTP server gives a request to arrive whole, headers and body, before it drops
 * the connection. Without a limit a client that declares a body and then stalls holds a server
 * thread until it disconnects, and a few dozen such clients starve every other request. A handler
 * that takes its time after reading the request, and a long event stream, are not affected: the
 * limit ends when the request has been read.
 *
 * <p>The JDK reads the limit once per process, from the system property {@value #PROPERTY} (in
 * seconds), when its first server starts; so it is set before any server of the process is created,
 * unless the operator set it ({@code -Dsun.net.httpserver.maxReqTime=N}).
 */
public final class RequestReadLimit {

  /** The JDK's system property. */
  public static final String PROPERTY = "sun.net.httpserver.maxReqTime";

  /** Seconds a request may take to arrive when the operator sets nothing. */
  public static final int DEFAULT_SECONDS = 30;

  private RequestReadLimit() {}

  /**
   * Sets the default limit unless one is set. Call before creating an {@code HttpServer}.
   *
   * @return the limit in force, in seconds as the property holds it
   */
  public static synchronized String apply() {
    String chosen = chosen(System.getProperty(PROPERTY));
    System.setProperty(PROPERTY, chosen);
    return chosen;
  }

  /** The limit to use given the property's current value (null when unset). */
  static String chosen(String current) {
    return current == null || current.isBlank() ? Integer.toString(DEFAULT_SECONDS) : current;
  }
}
