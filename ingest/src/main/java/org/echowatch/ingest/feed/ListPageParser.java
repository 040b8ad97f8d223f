package org.echowatch.ingest.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * HTML list pages (BelTA rubric pages, Xinhua section pages): their article links are the items.
 */
public final class ListPageParser {

  private ListPageParser() {}

  /**
   * @param html the list page
   * @param pageUrl where it came from; relative links resolve against it
   * @param isArticle which absolute URLs are article pages (the edition's id rules)
   */
  public static List<FeedItem> parse(String html, String pageUrl, Predicate<String> isArticle) {
    Set<String> seen = new LinkedHashSet<>();
    List<FeedItem> items = new ArrayList<>();
    for (Element a : Jsoup.parse(html, pageUrl).select("a[href]")) {
      String url = a.absUrl("href");
      if (!url.isEmpty() && isArticle.test(url) && seen.add(url)) {
        items.add(new FeedItem(url, a.text(), null, List.of()));
      }
    }
    return items;
  }
}
