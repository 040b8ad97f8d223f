package org.echowatch.indexer.index;

/** A search query that does not parse; carries where the parser gave up, when known. */
public final class BadQueryException extends Exception {

  private static final long serialVersionUID = 1L;
  private final Integer position;

  /**
   * @param message what is wrong, for the analyst
   * @param position zero-based character offset in the query where the problem is, or null
   */
  public BadQueryException(String message, Integer position) {
    super(message);
    this.position = position;
  }

  /** Zero-based offset into the query text, or null when the parser did not say. */
  public Integer position() {
    return position;
  }
}
