package org.echowatch.ingest.article;

/** A page that cannot become an article; the message says what is missing and where. */
public final class ExtractionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ExtractionException(String message) {
    super(message);
  }
}
