package org.echowatch.ingest.feed;

/** A feed or list that cannot be read; the message names the format and where it breaks. */
public final class FeedFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public FeedFormatException(String message, Throwable cause) {
    super(message, cause);
  }

  public FeedFormatException(String message) {
    super(message);
  }
}
