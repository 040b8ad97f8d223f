package org.echowatch.ingest.article;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agency a story names as its source. {@code credit} is defined as the agency ({@code
 * belta} or {@code xinhua}) whose name appears first in the story's dateline or opening, else
 * anywhere in the body: an agency's own dateline names itself ("MINSK, 17 August (BelTA) –"), so a
 * BelTA story credits {@code belta}; a Xinhua story whose dateline reads "(BelTA)" credits {@code
 * belta}, which is the case the detector looks for. Null when no agency is named.
 */
public final class CreditDetector {

  private record Agency(String id, Pattern mention) {}

  private static final List<Agency> AGENCIES =
      List.of(
          new Agency("belta", Pattern.compile("\\bBelTA\\b|БЕЛТА|БелТА|白通社|Белта")),
          // Xinhua is "Сіньхуа" in Belarusian
          new Agency("xinhua", Pattern.compile("\\bXinhua\\b|Синьхуа|Сіньхуа|新华社|新華社|新华网")));

  /** How far into the body a dateline may sit. */
  private static final int OPENING_CHARS = 400;

  private CreditDetector() {}

  /** The credited agency of a story with this body, or empty. */
  public static Optional<String> credit(String body) {
    if (body == null || body.isBlank()) {
      return Optional.empty();
    }
    Optional<String> opening = earliest(body.substring(0, Math.min(OPENING_CHARS, body.length())));
    return opening.isPresent() ? opening : earliest(body);
  }

  private static Optional<String> earliest(String text) {
    String best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Agency a : AGENCIES) {
      Matcher m = a.mention().matcher(text);
      if (m.find() && m.start() < bestAt) {
        bestAt = m.start();
        best = a.id();
      }
    }
    return Optional.ofNullable(best);
  }
}
