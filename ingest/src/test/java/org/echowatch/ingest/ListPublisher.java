package org.echowatch.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.echowatch.common.Article;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.ProcessingFailure;
import org.echowatch.ingest.publish.IngestPublisher;

/** Collects what the service publishes, for unit tests without a broker. */
final class ListPublisher implements IngestPublisher {

  final List<Article> articles = new CopyOnWriteArrayList<>();
  final List<FeedHealth> health = new CopyOnWriteArrayList<>();
  final List<ProcessingFailure> errors = new CopyOnWriteArrayList<>();
  volatile boolean failArticles;
  volatile boolean closed;

  @Override
  public void article(Article article) {
    if (failArticles) {
      throw new PublishException("broker unavailable", null);
    }
    articles.add(article);
  }

  @Override
  public void health(FeedHealth h) {
    health.add(h);
  }

  @Override
  public void error(ProcessingFailure failure) {
    errors.add(failure);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    closed = true;
  }

  List<String> articleIds() {
    return articles.stream().map(Article::id).toList();
  }
}
