package org.echowatch.streams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.echowatch.common.Article;
import org.echowatch.streams.quality.Corpus;

/** Test stories: a few hand-written ones and the labelled corpus. */
public final class Stories {

  public static final Instant T0 = Instant.parse("2025-03-04T08:00:00Z");

  public static final String EN =
      "Belarusian President Aleksandr Lukashenko met with Chinese Foreign Minister Wang Yi in Minsk"
          + " on March 4. Trade between Belarus and China reached 8.2 billion dollars in 2024, up 17"
          + " percent. More than 46 joint projects are being implemented in the Great Stone"
          + " industrial park.";
  public static final String RU =
      "4 марта в Минске Президент Беларуси Александр Лукашенко провел переговоры с Министром"
          + " иностранных дел КНР Ван И. В 2024 году взаимная торговля выросла на 17% и составила"
          + " 8,2 млрд долларов. Партнеры осуществляют свыше 46 совместных проектов в парке «Великий"
          + " камень».";
  public static final String ZH =
      "3月4日，白俄罗斯总统卢卡申科在明斯克同外交部长王毅举行会谈。2024年双边贸易增长17%，达82亿美元。" + "双方在中白工业园开展的合作项目超过46个。";

  private Stories() {}

  public static Article story(String id, String source, String lang, Instant at, String body) {
    return Article.of(id, source, lang, at, "", body, null);
  }

  public static Instant after(Duration d) {
    return T0.plus(d);
  }

  public static Corpus corpus() {
    try {
      return Corpus.read(
          Path.of(Stories.class.getResource("/corpus/articles.jsonl").toURI()).getParent());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
