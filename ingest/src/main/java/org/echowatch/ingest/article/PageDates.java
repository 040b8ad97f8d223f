package org.echowatch.ingest.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the local date-times agency pages print, in every format seen on BelTA and Xinhua pages.
 * Any UTC offset written next to a page time is ignored on purpose: BelTA's {@code
 * mediator_published_time} carries {@code +00:00} on what is really Minsk wall-clock time, so the
 * caller always applies the edition's own zone.
 */
public final class PageDates {

  private static final Map<String, Integer> MONTHS = months();

  // 2026-10-02 11:54[:00], 2026-10-02T11:54:00+00:00, 2026/03/09 10:15:34, 2026年3月9日 10:15
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
              + "(?:[T\\s]*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  // www.news.cn header-time: "2023" "03/09" "10:15:34", with or without spaces between spans
  private static final Pattern YEAR_THEN_DAY =
      Pattern.compile(
          "(\\d{4})\\s*(\\d{1,2})/(\\d{1,2})\\s*(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  // 02 October 2026, 11:54 / 08 января 2026, 19:51 / 03 Listopada 2024, 20:21 / 1 мар. 2026 г.
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(\\d{1,2})\\.?\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})\\s*(?:г\\.?)?\\s*[,|]?\\s*"
              + "(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  // March 1, 2026 10:15
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*,?\\s*(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  // 17.08.2026 11:54 (BelTA list pages)
  private static final Pattern DOTTED =
      Pattern.compile(
          "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\s*,?\\s*(?:(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
  private static final Pattern URL_COMPACT = Pattern.compile("/(20\\d{2})(\\d{2})(\\d{2})/");
  private static final Pattern URL_LEGACY = Pattern.compile("/(20\\d{2})-(\\d{2})/(\\d{2})/");

  private PageDates() {}

  /** The local date-time written in {@code text}, in whichever supported format it is. */
  public static Optional<LocalDateTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String t = text.replace('\u00a0', ' ').strip();
    Matcher m = NUMERIC.matcher(t);
    if (m.find()) {
      return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
    }
    m = YEAR_THEN_DAY.matcher(t);
    if (m.find()) {
      return build(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5), m.group(6));
    }
    m = DAY_MONTH_YEAR.matcher(t);
    while (m.find()) {
      Integer month = month(m.group(2));
      if (month != null) {
        return build(m.group(3), month.toString(), m.group(1), m.group(4), m.group(5), m.group(6));
      }
    }
    m = MONTH_DAY_YEAR.matcher(t);
    while (m.find()) {
      Integer month = month(m.group(1));
      if (month != null) {
        return build(m.group(3), month.toString(), m.group(2), m.group(4), m.group(5), m.group(6));
      }
    }
    m = DOTTED.matcher(t);
    if (m.find()) {
      return build(m.group(3), m.group(2), m.group(1), m.group(4), m.group(5), m.group(6));
    }
    return Optional.empty();
  }

  /** The date in an article URL ({@code /20260301/} or {@code /2026-03/01/}), at local midnight. */
  public static Optional<LocalDateTime> fromUrl(String url) {
    for (Pattern p : new Pattern[] {URL_COMPACT, URL_LEGACY}) {
      Matcher m = p.matcher(url);
      if (m.find()) {
        return build(m.group(1), m.group(2), m.group(3), null, null, null);
      }
    }
    return Optional.empty();
  }

  private static Integer month(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    Integer exact = MONTHS.get(n);
    if (exact != null) {
      return exact;
    }
    return n.length() >= 3 ? MONTHS.get(n.substring(0, 3)) : null;
  }

  private static Optional<LocalDateTime> build(
      String y, String mo, String d, String h, String mi, String s) {
    try {
      LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
      LocalTime time =
          h == null
              ? LocalTime.MIDNIGHT
              : LocalTime.of(
                  Integer.parseInt(h), Integer.parseInt(mi), s == null ? 0 : Integer.parseInt(s));
      return Optional.of(LocalDateTime.of(date, time));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      // English
      {
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december"
      },
      // Russian, genitive (as in "08 января 2026") and nominative
      {
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря"
      },
      {
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь"
      },
      // Polish genitive, German (other BelTA editions)
      {
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia"
      },
      {
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember"
      },
      // Belarusian (belta-be), genitive (as in "02 кастрычніка 2026") and nominative
      {
        "студзеня",
        "лютага",
        "сакавіка",
        "красавіка",
        "мая",
        "чэрвеня",
        "ліпеня",
        "жніўня",
        "верасня",
        "кастрычніка",
        "лістапада",
        "снежня"
      },
      {
        "студзень",
        "люты",
        "сакавік",
        "красавік",
        "май",
        "чэрвень",
        "ліпень",
        "жнівень",
        "верасень",
        "кастрычнік",
        "лістапад",
        "снежань"
      }
    };
    Map<String, Integer> out = new HashMap<>();
    for (String[] lang : names) {
      for (int i = 0; i < 12; i++) {
        out.putIfAbsent(lang[i], i + 1);
        out.putIfAbsent(lang[i].substring(0, 3), i + 1);
      }
    }
    // "май"/"мая" share a prefix with "мар"? No, but "мар" must stay March: keep first put.
    return Map.copyOf(out);
  }
}
