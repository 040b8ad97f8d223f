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
 * overall and per language pair. The data is read from where it lies; nothing of it is kept.
 *
 * <p>Usage: {@code SemEvalReport <csv file>...}
 */
public final class SemEvalReport {

  private static final Pattern REAL_PAIR = Pattern.compile("\\d+_\\d+");

  /**
   * One rated pair.
   *
   * @param languages {@code lang1-lang2}
   * @param score the scorer's similarity
   * @param rating 5 - Overall
   */
  public record Rated(String languages, double score, double rating) {}

  private SemEvalReport() {}

  /** Scores the real pairs of one CSV file. */
  public static List<Rated> score(Path csv, PairScorer scorer) throws IOException {
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
    List<List<String>> real =
        rows.subList(1, rows.size()).stream()
            .filter(r -> r.size() >= header.size() && REAL_PAIR.matcher(r.get(id)).matches())
            .toList();
    // collection statistics of the texts themselves, as a TF-IDF baseline has them
    var frequencies = new DocumentFrequencies();
    for (List<String> row : real) {
      frequencies.add(scorer.profile(new Side(row.get(l1), "", row.get(t1))).vector());
      frequencies.add(scorer.profile(new Side(row.get(l2), "", row.get(t2))).vector());
    }
    scorer = scorer.with(frequencies);
    List<Rated> out = new ArrayList<>();
    for (List<String> row : real) {
      var s =
          scorer.score(
              new Side(row.get(l1), "", row.get(t1)), new Side(row.get(l2), "", row.get(t2)));
      String langs =
          row.get(l1).equals(row.get(l2)) ? row.get(l1) : row.get(l1) + "-" + row.get(l2);
      out.add(new Rated(langs, s.score(), 5 - Double.parseDouble(row.get(overall))));
    }
    return out;
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

  /** Prints Pearson's r over all real pairs of the given files and per language pair. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: SemEvalReport <csv file>...");
    }
    PairScorer scorer = PairScorer.standard();
    List<Rated> all = new ArrayList<>();
    for (String a : args) {
      all.addAll(score(Path.of(a), scorer));
    }
    Map<String, List<Rated>> byLang = new TreeMap<>();
    all.forEach(r -> byLang.computeIfAbsent(r.languages(), k -> new ArrayList<>()).add(r));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "%-8s %6s %8s%n", "langs", "pairs", "pearson");
    out.printf(Locale.ROOT, "%-8s %6d %8.3f%n", "all", all.size(), pearson(all));
    byLang.forEach((k, v) -> out.printf(Locale.ROOT, "%-8s %6d %8.3f%n", k, v.size(), pearson(v)));
  }
}
