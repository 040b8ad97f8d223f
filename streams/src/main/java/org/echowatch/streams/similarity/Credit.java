package org.echowatch.streams.similarity;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Whether a story names another agency as its source. */
public final class Credit {

  private static final Map<String, Pattern> AGENCY_NAMES =
      Map.of(
          "belta",
          Pattern.compile("belta|белта|бел та|白通社|白俄通讯社|белорусское телеграфное агентство"),
          "xinhua",
          Pattern.compile("xinhua|синьхуа|新华社|新华网|агентство синьхуа"));

  private Credit() {}

  /**
   * @param agency the origin's agency ({@code belta}, {@code xinhua})
   * @param credit the echo's own credit field, may be null
   * @param title echo headline
   * @param body echo body
   * @return whether the echo names {@code agency}
   */
  public static boolean names(String agency, String credit, String title, String body) {
    Pattern p = AGENCY_NAMES.get(agency == null ? "" : agency.toLowerCase(Locale.ROOT));
    if (p == null) {
      return false;
    }
    String text =
        ((credit == null ? "" : credit) + " " + title + " " + body).toLowerCase(Locale.ROOT);
    return p.matcher(text).find();
  }
}
