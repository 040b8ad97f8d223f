package org.echowatch.indexer.index;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene classic query syntax over the story index. {@code title}, {@code body} and unfielded terms
 * search every language's field and the cross-script key; {@code publishedAt} takes dates ({@code
 * 2026-03-01}) or instants, alone or in ranges; {@code source}, {@code edition}, {@code lang},
 * {@code type}, {@code narrative}, {@code day} and {@code id} are exact keywords. Not thread-safe:
 * create one per parse (cheap).
 */
public final class StoryQueryParser extends QueryParser {

  /** Fields an analyst may name in a query. */
  public static final Set<String> QUERY_FIELDS =
      Set.of(
          "title",
          "body",
          StoryFields.SOURCE,
          StoryFields.EDITION,
          StoryFields.LANG,
          StoryFields.TYPE,
          StoryFields.NARRATIVE,
          StoryFields.DAY,
          StoryFields.ID,
          StoryFields.PUBLISHED_AT);

  private static final String ALL = "_all";
  private static final Pattern COLUMN = Pattern.compile("column (\\d+)");
  private static final Set<String> TEXT_FIELDS = Set.of("title", "body");

  private StoryQueryParser(Analyzer analyzer) {
    super(ALL, analyzer);
    setDefaultOperator(Operator.AND);
    setSplitOnWhitespace(true);
  }

  /**
   * Parses {@code text}; a blank query matches every story.
   *
   * @throws BadQueryException with the parser's message and the offset where it failed
   */
  public static Query parse(String text, Analyzer analyzer) throws BadQueryException {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    checkShape(text);
    try {
      Query query = new StoryQueryParser(analyzer).parse(text);
      return query == null ? new MatchAllDocsQuery() : query;
    } catch (ParseException e) {
      throw new BadQueryException(cleanMessage(e), position(e));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException("query expands to too many terms; be more specific", null);
    }
  }

  /** Longest query accepted; a saved search or an analyst's query is far shorter. */
  public static final int MAX_LENGTH = 4000;

  /** Deepest nesting of parentheses accepted; the parser recurses once per level. */
  public static final int MAX_NESTING = 64;

  /** Rejects, before parsing, queries whose size or nesting would exhaust the parser's stack. */
  private static void checkShape(String text) throws BadQueryException {
    if (text.length() > MAX_LENGTH) {
      throw new BadQueryException("query longer than " + MAX_LENGTH + " characters", MAX_LENGTH);
    }
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(' && ++depth > MAX_NESTING) {
        throw new BadQueryException("parentheses nested deeper than " + MAX_NESTING, i);
      } else if (!quoted && c == ')') {
        depth--;
      }
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted)
      throws ParseException {
    if (StoryFields.PUBLISHED_AT.equals(field)) {
      return dayRange(queryText, queryText, true, true);
    }
    return expand(field, f -> super.getFieldQuery(f, queryText, quoted));
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return expand(field, f -> super.getFieldQuery(f, queryText, slop));
  }

  @Override
  protected Query getRangeQuery(
      String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    if (StoryFields.PUBLISHED_AT.equals(field)) {
      return dayRange(part1, part2, startInclusive, endInclusive);
    }
    return expand(field, f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getPrefixQuery(f, termStr));
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    if (ALL.equals(field) && "*".equals(termStr)) {
      return new MatchAllDocsQuery();
    }
    return expand(field, f -> super.getWildcardQuery(f, termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
      throws ParseException {
    return expand(field, f -> super.getFuzzyQuery(f, termStr, minSimilarity));
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    return expand(field, f -> super.getRegexpQuery(f, termStr));
  }

  private interface FieldQuery {
    Query apply(String field) throws ParseException;
  }

  /** Runs {@code perField} on every concrete field behind {@code field}; any of them may match. */
  private Query expand(String field, FieldQuery perField) throws ParseException {
    List<String> concrete = concreteFields(field);
    if (concrete.size() == 1) {
      return perField.apply(concrete.get(0));
    }
    var any = new BooleanQuery.Builder();
    int clauses = 0;
    for (String f : concrete) {
      Query q = perField.apply(f);
      if (q != null) {
        any.add(q, BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : any.build();
  }

  private static List<String> concreteFields(String field) throws ParseException {
    if (ALL.equals(field)) {
      List<String> all = new ArrayList<>(textFields("title"));
      all.addAll(textFields("body"));
      return all;
    }
    if (TEXT_FIELDS.contains(field)) {
      return textFields(field);
    }
    if (field.startsWith("title_") || field.startsWith("body_")) {
      // Already concrete: the parser's phrase path calls back in with the expanded field.
      return List.of(field);
    }
    if (!QUERY_FIELDS.contains(field)) {
      throw new ParseException(
          "unknown field '" + field + "'; fields are " + String.join(", ", sorted(QUERY_FIELDS)));
    }
    return List.of(field);
  }

  private static List<String> textFields(String base) {
    List<String> fields = new ArrayList<>();
    for (String lang : LanguageAnalysis.LANGUAGES) {
      fields.add(base + "_" + lang);
    }
    fields.add(base + "_" + LanguageAnalysis.OTHER);
    fields.add(base + "_" + LanguageAnalysis.KEY);
    return fields;
  }

  private static Query dayRange(String from, String to, boolean fromIncl, boolean toIncl)
      throws ParseException {
    long lower = from == null ? Long.MIN_VALUE : instant(from, false);
    long upper = to == null ? Long.MAX_VALUE : instant(to, true);
    if (from != null && !fromIncl) {
      lower = isDate(from) ? instant(from, true) + 1 : lower + 1;
    }
    if (to != null && !toIncl) {
      upper = isDate(to) ? instant(to, false) - 1 : upper - 1;
    }
    return LongPoint.newRangeQuery(StoryFields.PUBLISHED_AT, lower, upper);
  }

  /** Epoch millis of a date (its first or last millisecond) or of an ISO instant. */
  private static long instant(String text, boolean endOfDay) throws ParseException {
    try {
      if (isDate(text)) {
        LocalDate day = LocalDate.parse(text);
        Instant start = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        return endOfDay ? start.plusSeconds(86_400).toEpochMilli() - 1 : start.toEpochMilli();
      }
      return Instant.parse(text.toUpperCase(java.util.Locale.ROOT)).toEpochMilli();
    } catch (DateTimeParseException e) {
      throw new ParseException(
          "publishedAt needs a date (2026-03-01) or an instant (2026-03-01T10:00:00Z), not '"
              + text
              + "'");
    }
  }

  private static boolean isDate(String text) {
    return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-';
  }

  private static String cleanMessage(ParseException e) {
    Throwable root = e.getCause() != null ? e.getCause() : e;
    String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
    // JavaCC lists every expected token; the first line says what went wrong.
    int newline = message.indexOf('\n');
    return (newline > 0 ? message.substring(0, newline) : message).strip();
  }

  private static Integer position(ParseException e) {
    Throwable cause = e.getCause();
    if (cause instanceof ParseException pe
        && pe.currentToken != null
        && pe.currentToken.next != null) {
      return Math.max(0, pe.currentToken.next.beginColumn - 1);
    }
    if (cause instanceof TokenMgrError) {
      Matcher m = COLUMN.matcher(String.valueOf(cause.getMessage()));
      if (m.find()) {
        return Math.max(0, Integer.parseInt(m.group(1)) - 1);
      }
    }
    return null;
  }

  private static List<String> sorted(Set<String> values) {
    return values.stream().sorted().toList();
  }
}
