package org.echowatch.ingest.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The generic fallback when an edition's selectors find no body: picks the element whose direct
 * paragraph children carry the most non-link text (the densest text block) and reads its leaf
 * blocks as paragraphs.
 */
public final class MainTextExtractor {

  private static final String NOISE =
      "script, style, noscript, nav, header, footer, aside, form, iframe, select, button";
  private static final String BLOCKS = "p, div, li, blockquote, h2, h3, td";

  private MainTextExtractor() {}

  /** The densest text block of {@code doc}; the document loses its obvious noise elements. */
  public static Optional<Element> densest(Document doc) {
    doc.select(NOISE).remove();
    Element best = null;
    long bestScore = 0;
    for (Element e : doc.body().select("article, main, section, div, td")) {
      long score = score(e);
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The text of the leaf blocks under {@code root}, in document order. */
  public static List<String> paragraphs(Element root) {
    return Paragraphs.leafTexts(root, BLOCKS);
  }

  private static long score(Element e) {
    long score = 0;
    for (TextNode t : e.textNodes()) {
      score += t.text().strip().length();
    }
    for (Element c : e.children()) {
      String tag = c.normalName();
      if (("p".equals(tag) || "div".equals(tag) || "blockquote".equals(tag))
          && c.childrenSize() <= 3) {
        long links = 0;
        for (Element a : c.select("a")) {
          links += a.text().length();
        }
        long text = c.text().length();
        // a block that is mostly links is navigation, not prose
        if (text > 0 && links * 2 < text) {
          score += text - links;
        }
      }
    }
    return score;
  }

  static List<String> nonEmpty(List<String> texts) {
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      if (!t.isBlank()) {
        out.add(t.strip());
      }
    }
    return out;
  }
}
