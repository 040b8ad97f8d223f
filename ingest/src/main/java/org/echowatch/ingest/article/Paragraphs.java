package org.echowatch.ingest.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads paragraph texts from a body root: the selected elements that hold no other selected one.
 */
final class Paragraphs {

  private Paragraphs() {}

  static List<String> leafTexts(Element root, String css) {
    Elements selected = root.select(css);
    selected.remove(root);
    Set<Element> all = Collections.newSetFromMap(new IdentityHashMap<>());
    all.addAll(selected);
    Set<Element> containers = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element e : selected) {
      for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
        if (all.contains(p)) {
          containers.add(p);
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (Element e : selected) {
      if (!containers.contains(e)) {
        String text = e.text().strip();
        if (!text.isEmpty()) {
          out.add(text);
        }
      }
    }
    if (out.isEmpty() && !root.text().isBlank()) {
      out.add(root.text().strip());
    }
    return out;
  }
}
