package org.echowatch.ingest.article;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Re-issues: agencies re-publish a story with a title such as {@code UPDATE 1 - Lukashenko ...}.
 * Such an item is a revision of the story with the same base title, not a new story.
 */
public final class Revisions {

  private static final Pattern UPDATE =
      Pattern.compile(
          "^\\s*(?:UPDATE|ОБНОВЛЕНИЕ|更新)\\s*(\\d{1,3})\\s*[-–—:]+\\s*(.+)$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

  /**
   * A title split into its revision number and base title.
   *
   * @param revision 0 for a first publication
   * @param baseTitle the title without the "UPDATE n -" prefix
   */
  public record Parsed(int revision, String baseTitle) {}

  private Revisions() {}

  /** Splits {@code title} into its revision number and base title. */
  public static Parsed parse(String title) {
    if (title == null) {
      return new Parsed(0, "");
    }
    Matcher m = UPDATE.matcher(title);
    if (m.matches()) {
      return new Parsed(Integer.parseInt(m.group(1)), m.group(2).strip());
    }
    return new Parsed(0, title.strip());
  }

  /** The form titles are compared in: NFKC, lower case, whitespace collapsed. */
  public static String titleKey(String title) {
    return Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }
}
