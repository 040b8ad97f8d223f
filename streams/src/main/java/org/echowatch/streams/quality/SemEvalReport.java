package org.echowatch.streams.quality;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.echowatch.streams.similarity.DocumentFrequencies;
import org.echowatch.streams.similarity.PairScorer;
import org.echowatch.streams.similarity.Side;

/**
 * Pearson correlation of the pair scorer with the human "Overall" rating of SemEval-2022 Task 8 (1
 * = same story ... 4 = unrelated, so the scorer is correlated with 5 - Overall), on the real pairs
 * only (pair ids made only of digits and an underscore; the others are machine translations),
 * overall and per language pair, each with its 95 % confidence interval. The data is read from
 * where it lies; nothing of it is kept.
 *
 * <p>Usage: {@code SemEvalReport <csv file>...}
 */
public final class SemEvalReport {

  private static final Pattern REAL_PAIR = Pattern.compile("\\d+_\\d+");

  /**
   * How far into a text its title may end. The data has each page's title and body in one field;
   * where a double space or a line break marks the title's end, it ends within the first 200
   * characters (in about 43 % of the training texts, counted by a throwaway program; the rest run
   * title and body together with a single space and are left untitled).
   */
  static final int TITLE_END_WITHIN = 200;

  /** Fewest words a title split off a text has: a shorter first piece is a dateline or a label. */
  static final int TITLE_WORDS = 3;

  /**
   * One rated pair.
   *
   * @param languages {@code lang1-lang2}
   * @param score the scorer's similarity
   * @param rating 5 - Overall
   */
  public record Rated(String languages, double score, double rating) {}

  /**
   * A range that holds the true correlation with 95 % confidence.
   *
   * @param low lower end
   * @param high upper end
   */
  public record Interval(double low, double high) {}

  private SemEvalReport() {}

  /**
   * One real pair of a file.
   *
   * @param rating 5 - Overall
   */
  record RealPair(String lang1, String text1, String lang2, String text2, double rating) {

    /** {@code lang} for a pair in one language, else {@code lang1-lang2}. */
    String languages() {
      return lang1.equals(lang2) ? lang1 : lang1 + "-" + lang2;
    }
  }

  /** Scores the real pairs of one CSV file. */
  public static List<Rated> score(Path csv, PairScorer scorer) throws IOException {
    return score(realPairs(csv), scorer);
  }

  /** The real pairs of one CSV file, in file order. */
  static List<RealPair> realPairs(Path csv) throws IOException {
    List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    List<String> header = rows.get(0);
    int id = header.indexOf("pair_id");
    int l1 = header.indexOf("lang1");
    int l2 = header.indexOf("lang2");
    int t1 = header.indexOf("text1");
    int t2 = header.indexOf("text2");
    int overall = header.indexOf("Overall");
    if (id < 0 || l1 < 0 || l2 < 0 || t1 < 0 || t2 < 0 || overall < 0) {
      throw new IllegalArgumentException(
          csv + " lacks one of pair_id, lang1, lang2, text1, text2, Overall");
    }
    return rows.subList(1, rows.size()).stream()
        .filter(r -> r.size() >= header.size() && REAL_PAIR.matcher(r.get(id)).matches())
        .map(
            r ->
                new RealPair(
                    r.get(l1),
                    r.get(t1),
                    r.get(l2),
                    r.get(t2),
                    5 - Double.parseDouble(r.get(overall))))
        .toList();
  }

  /** The pair scorer's score of each pair, with the pairs' own texts as collection statistics. */
  static List<Rated> score(List<RealPair> pairs, PairScorer scorer) {
    // collection statistics of the texts themselves, as a TF-IDF baseline has them
    var frequencies = new DocumentFrequencies();
    for (RealPair p : pairs) {
      frequencies.add(scorer.profile(side(p.lang1(), p.text1())).vector());
      frequencies.add(scorer.profile(side(p.lang2(), p.text2())).vector());
    }
    PairScorer withStats = scorer.with(frequencies);
    List<Rated> out = new ArrayList<>();
    for (RealPair p : pairs) {
      var s = withStats.score(side(p.lang1(), p.text1()), side(p.lang2(), p.text2()));
      out.add(new Rated(p.languages(), s.score(), p.rating()));
    }
    return out;
  }

  /** The plain word TF-IDF cosine ({@link WordTfIdf}) of each pair, over the same texts. */
  static List<Rated> wordTfIdf(List<RealPair> pairs) {
    List<String> texts = new ArrayList<>();
    for (RealPair p : pairs) {
      texts.add(p.text1());
      texts.add(p.text2());
    }
    var baseline = new WordTfIdf(texts);
    List<Rated> out = new ArrayList<>();
    for (RealPair p : pairs) {
      out.add(new Rated(p.languages(), baseline.cosine(p.text1(), p.text2()), p.rating()));
    }
    return out;
  }

  /**
   * One text of the data as the scorer sees a story: the title, where the text marks its end with a
   * double space or a line break within its first {@value #TITLE_END_WITHIN} characters and it has
   * at least {@value #TITLE_WORDS} words, and the body; else the whole text as an untitled body.
   * The stories echowatch watches all have titles, and a titled text is weighed differently (title
   * terms twice, every body term once): on the training pairs Pearson goes from 0.744 to 0.746 with
   * the titles split off.
   */
  static Side side(String lang, String text) {
    String t = text.strip();
    int end = titleEnd(t);
    if (end > 0 && end <= TITLE_END_WITHIN) {
      String title = t.substring(0, end).strip();
      if (title.split("\\s+").length >= TITLE_WORDS) {
        return new Side(lang, title, t.substring(end).strip());
      }
    }
    return new Side(lang, "", text);
  }

  /** Where the first double space or line break is, or -1. */
  private static int titleEnd(String text) {
    int space = text.indexOf("  ");
    int line = text.indexOf('\n');
    return space < 0 ? line : line < 0 ? space : Math.min(space, line);
  }

  /**
   * The 95 % confidence interval of a correlation {@code r} over {@code n} pairs (Fisher's z: the
   * inverse hyperbolic tangent of r is about normal with standard error 1 / sqrt(n - 3)); NaN ends
   * for fewer than 4 pairs or an r that is NaN.
   */
  public static Interval interval95(double r, int n) {
    if (n < 4 || Double.isNaN(r)) {
      return new Interval(Double.NaN, Double.NaN);
    }
    double z = 0.5 * Math.log((1 + r) / (1 - r));
    double margin = 1.959964 / Math.sqrt(n - 3);
    return new Interval(Math.tanh(z - margin), Math.tanh(z + margin));
  }

  /** Pearson's r; NaN for fewer than 3 pairs or no variance. */
  public static double pearson(List<Rated> pairs) {
    int n = pairs.size();
    if (n < 3) {
      return Double.NaN;
    }
    double mx = pairs.stream().mapToDouble(Rated::score).average().orElse(0);
    double my = pairs.stream().mapToDouble(Rated::rating).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (Rated p : pairs) {
      double dx = p.score() - mx;
      double dy = p.rating() - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /**
   * Prints Pearson's r over all real pairs of the given files and per language pair, with its 95 %
   * confidence interval, and beside it the r of the plain word TF-IDF cosine ({@link WordTfIdf}) on
   * the same pairs.
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: SemEvalReport <csv file>...");
    }
    PairScorer scorer = PairScorer.standard();
    List<Rated> all = new ArrayList<>();
    List<Rated> baseline = new ArrayList<>();
    for (String a : args) {
      List<RealPair> pairs = realPairs(Path.of(a));
      all.addAll(score(pairs, scorer));
      baseline.addAll(wordTfIdf(pairs));
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "%-8s %6s %8s  %-12s %8s%n",
        "langs",
        "pairs",
        "pearson",
        "95% interval",
        "word tf-idf");
    printRow(out, "all", all, baseline);
    Map<String, List<Rated>> byLang = byLanguages(all);
    Map<String, List<Rated>> baselineByLang = byLanguages(baseline);
    byLang.forEach((k, v) -> printRow(out, k, v, baselineByLang.get(k)));
  }

  private static Map<String, List<Rated>> byLanguages(List<Rated> rated) {
    Map<String, List<Rated>> out = new TreeMap<>();
    rated.forEach(r -> out.computeIfAbsent(r.languages(), k -> new ArrayList<>()).add(r));
    return out;
  }

  private static void printRow(
      PrintStream out, String label, List<Rated> pairs, List<Rated> baseline) {
    double r = pearson(pairs);
    Interval ci = interval95(r, pairs.size());
    out.printf(
        Locale.ROOT,
        "%-8s %6d %8.3f  %.3f-%.3f  %8.3f%n",
        label,
        pairs.size(),
        r,
        ci.low(),
        ci.high(),
        pearson(baseline));
  }
}
