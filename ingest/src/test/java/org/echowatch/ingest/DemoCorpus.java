package org.echowatch.ingest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.echowatch.ingest.demo.DemoStory;

/** A small set of demo stories, one per edition plus a long paginated one, written for tests. */
public final class DemoCorpus {

  private DemoCorpus() {}

  /** Minsk 2026-10-02 11:54 = 08:54Z; Beijing times are chosen to fall after it. */
  public static List<DemoStory> stories() {
    List<String> longBody = new ArrayList<>();
    longBody.add(
        "BEIJING, Oct. 2 (Xinhua) -- China and Belarus opened a new freight corridor on Friday.");
    for (int i = 2; i <= 10; i++) {
      longBody.add(
          "Paragraph " + i + " of the long story describes stage " + i + " of the corridor.");
    }
    return List.of(
        new DemoStory(
            "belta-en",
            "186877",
            "economics",
            LocalDateTime.parse("2026-10-02T11:54:00"),
            "Belarus, China agree to expand rail freight via Minsk hub",
            List.of(
                "MINSK, 2 October (BelTA) – Belarus and China agreed to raise container traffic through the Great Stone park.",
                "The sides plan to run twelve more trains a week."),
            List.of("China", "Logistics")),
        new DemoStory(
            "belta-ru",
            "645301",
            "economics",
            LocalDateTime.parse("2026-10-02T11:40:00"),
            "Беларусь и Китай увеличат грузовые перевозки",
            List.of(
                "МИНСК, 2 октября (БЕЛТА) - Беларусь и Китай договорились увеличить контейнерные перевозки.",
                "Второй абзац."),
            List.of("Китай")),
        new DemoStory(
            "belta-zh",
            "45788",
            "politics",
            LocalDateTime.parse("2026-10-02T12:10:00"),
            "白中扩大铁路货运合作",
            List.of("白通社明斯克10月2日电 白俄罗斯和中国同意扩大集装箱运输。", "双方计划增加班列。"),
            List.of("中国")),
        new DemoStory(
            "xinhua-en",
            "6f1e2d3c4b5a69788796a5b4c3d2e1f0",
            null,
            LocalDateTime.parse("2026-10-02T17:30:00"),
            "Belarus, China to run more freight trains",
            List.of(
                "MINSK, Oct. 2 (Xinhua) -- Belarus and China agreed to raise container traffic via the Great Stone park.",
                "More trains will run weekly."),
            List.of("Belarus", "China")),
        new DemoStory(
            "xinhua-en",
            "aa11bb22cc33dd44ee55ff6677889900",
            "asiapacific",
            LocalDateTime.parse("2026-10-02T18:00:00"),
            "China, Belarus open new freight corridor",
            longBody,
            List.of("corridor")),
        new DemoStory(
            "xinhua-zh",
            "2822d6ac0b1c4d5e8f90a1b2c3d4e5f6",
            "politics",
            LocalDateTime.parse("2026-10-02T18:15:34"),
            "中白扩大货运合作",
            List.of("新华社明斯克10月2日电 中国和白俄罗斯同意扩大集装箱运输。", "双方将增开班列。"),
            List.of("中国", "白俄罗斯")),
        new DemoStory(
            "xinhua-ru",
            "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            null,
            LocalDateTime.parse("2026-10-02T18:20:00"),
            "Китай и Беларусь расширят грузовые перевозки",
            List.of(
                "Минск, 2 октября /Синьхуа/ -- Китай и Беларусь договорились расширить перевозки.",
                "Второй абзац."),
            List.of("Китай")));
  }
}
