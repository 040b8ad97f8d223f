package org.echowatch.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.echowatch.indexer.index.SearchHit.Fragment;

/**
 * Snippets as plain-text fragments: the story text is analysed again with the analysers of its
 * language field and of the cross-script key, tokens the query looks for are marked by their
 * offsets, and a window around the first marked token is cut out. No markup is ever produced.
 */
final class Snippets {

  /** Characters of story text a snippet shows. */
  static final int WINDOW = 240;

  private static final int LEAD = 60;
  private static final String ELLIPSIS = "…";

  private Snippets() {}

  /** The snippet of {@code story} for a query whose terms are {@code terms}. */
  static List<Fragment> of(Story story, QueryTerms terms, Analyzer analyzer) {
    String lang = LanguageAnalysis.fieldLanguage(story.lang());
    List<int[]> bodyHits = hits(story.body(), "body", lang, terms, analyzer);
    if (!bodyHits.isEmpty()) {
      return fragments(story.body(), bodyHits);
    }
    List<int[]> titleHits = hits(story.title(), "title", lang, terms, analyzer);
    if (!titleHits.isEmpty()) {
      return fragments(story.title(), titleHits);
    }
    return fragments(story.body().isEmpty() ? story.title() : story.body(), List.of());
  }

  private static List<int[]> hits(
      String text, String base, String lang, QueryTerms terms, Analyzer analyzer) {
    List<int[]> spans = new ArrayList<>();
    for (String field : List.of(base + "_" + lang, base + "_" + LanguageAnalysis.KEY)) {
      if (terms.hasField(field)) {
        spans.addAll(matchingOffsets(text, field, terms, analyzer));
      }
    }
    spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
    return merge(spans);
  }

  private static List<int[]> matchingOffsets(
      String text, String field, QueryTerms terms, Analyzer analyzer) {
    List<int[]> spans = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      TermToBytesRefAttribute term = stream.addAttribute(TermToBytesRefAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (terms.matches(field, term.getBytesRef())
            && offset.endOffset() <= text.length()
            && offset.startOffset() < offset.endOffset()) {
          spans.add(new int[] {offset.startOffset(), offset.endOffset()});
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse story text for a snippet", e);
    }
    return spans;
  }

  /** Overlapping or touching spans joined; input sorted by start. */
  static List<int[]> merge(List<int[]> sorted) {
    List<int[]> merged = new ArrayList<>();
    for (int[] span : sorted) {
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && span[0] <= last[1]) {
        last[1] = Math.max(last[1], span[1]);
      } else {
        merged.add(new int[] {span[0], span[1]});
      }
    }
    return merged;
  }

  /** Cuts a window of {@code text} around the first span and splits it into fragments; pure. */
  static List<Fragment> fragments(String text, List<int[]> spans) {
    int start = spans.isEmpty() ? 0 : wordStart(text, Math.max(0, spans.get(0)[0] - LEAD));
    int end = Math.min(text.length(), start + WINDOW);
    if (end < text.length()) {
      end = wordEnd(text, end);
    }
    List<Fragment> out = new ArrayList<>();
    StringBuilder plain = new StringBuilder(start > 0 ? ELLIPSIS : "");
    int at = start;
    for (int[] span : spans) {
      if (span[0] >= end) {
        break;
      }
      int s = Math.max(span[0], at);
      int e = Math.min(span[1], end);
      if (s >= e) {
        continue;
      }
      plain.append(text, at, s);
      if (plain.length() > 0) {
        out.add(new Fragment(plain.toString(), false));
        plain.setLength(0);
      }
      out.add(new Fragment(text.substring(s, e), true));
      at = e;
    }
    plain.append(text, at, end);
    if (end < text.length()) {
      plain.append(ELLIPSIS);
    }
    if (plain.length() > 0) {
      out.add(new Fragment(plain.toString(), false));
    }
    return out;
  }

  private static int wordStart(String text, int from) {
    if (from == 0) {
      return 0;
    }
    int i = from;
    while (i > 0 && i > from - 20 && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && i < from + 20 && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
