package org.echowatch.ingest.publish;

import org.echowatch.common.Article;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.ProcessingFailure;

/** Where the ingest stage's output goes; the seam unit tests replace with a list. */
public interface IngestPublisher extends AutoCloseable {

  /**
   * Publishes one article and returns once it is durably stored (acknowledged).
   *
   * @throws PublishException when it could not be stored
   */
  void article(Article article);

  /** Publishes one poll outcome; best effort, failures are logged. */
  void health(FeedHealth health);

  /** Publishes one failure; best effort, failures are logged. */
  void error(ProcessingFailure failure);

  /** Sends everything pending. */
  void flush();

  @Override
  void close();

  /** An article that could not be stored. */
  final class PublishException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PublishException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
