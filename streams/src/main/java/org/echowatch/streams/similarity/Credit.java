package org.echowatch.streams.similarity;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Whether a story names another agency as its source. */
public final class Credit {

  // lower-case names, looked for anywhere in the lower-cased text (a plain substring search: an
  // alternation regex tried every name at every position)
  private static final Map<String, List<String>> AGENCY_NAMES =
      Map.of(
          "belta",
          List.of(
              "belta",
              "белта",
              "бел та",
              "白通社",
              "白俄通讯社",
              "белорусское телеграфное агентство",
              "беларускае тэлеграфнае агенцтва"),
          "xinhua",
          List.of("xinhua", "синьхуа", "сіньхуа", "新华社", "新华网"));

  private Credit() {}

  /**
   * @param agency the origin's agency ({@code belta}, {@code xinhua})
   * @param credit the echo's own credit field, may be null
   * @param title echo headline
   * @param body echo body
   * @return whether the echo names {@code agency}
   */
  public static boolean names(String agency, String credit, String title, String body) {
    List<String> names = AGENCY_NAMES.get(agency == null ? "" : agency.toLowerCase(Locale.ROOT));
    if (names == null) {
      return false;
    }
    String text =
        ((credit == null ? "" : credit) + " " + title + " " + body).toLowerCase(Locale.ROOT);
    for (String name : names) {
      if (text.contains(name)) {
        return true;
      }
    }
    return false;
  }
}
