package org.echowatch.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Why a pair was flagged: the detection tier that fired, cheapest first. */
public enum MatchType {
  /** Same body once datelines and whitespace are normalised. */
  EXACT,
  /** Most shingles shared (MinHash + LSH, verified by exact Jaccard). */
  VERBATIM,
  /** Same language, paraphrased: weighted term cosine plus entity, number and date overlap. */
  REWRITE,
  /** Different languages: numbers, dates, Latin tokens, transliterated and dictionary names. */
  TRANSLATION;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static MatchType fromWire(String value) {
    return valueOf(value.trim().toUpperCase(Locale.ROOT));
  }
}
