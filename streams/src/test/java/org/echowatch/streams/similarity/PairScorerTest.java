package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.echowatch.common.Article;
import org.echowatch.common.MatchType;
import org.echowatch.streams.Stories;
import org.junit.jupiter.api.Test;

class PairScorerTest {

  private static final PairScorer SCORER = PairScorer.standard();

  private static final String EN =
      "Belarusian President Aleksandr Lukashenko met with Chinese Foreign Minister Wang Yi in Minsk"
          + " on March 4. Trade between Belarus and China reached 8.2 billion dollars in 2024, up 17"
          + " percent. More than 46 joint projects are being implemented in the Great Stone"
          + " industrial park.";
  private static final String RU =
      "4 марта в Минске Президент Беларуси Александр Лукашенко провел переговоры с Министром"
          + " иностранных дел КНР Ван И. В 2024 году взаимная торговля выросла на 17% и составила"
          + " 8,2 млрд долларов. Партнеры осуществляют свыше 46 совместных проектов в парке «Великий"
          + " камень».";
  private static final String ZH =
      "3月4日，白俄罗斯总统卢卡申科在明斯克同外交部长王毅举行会谈。2024年双边贸易增长17%，达82亿美元。" + "双方在中白工业园开展的合作项目超过46个。";
  private static final String BE =
      "4 сакавіка ў Мінску Прэзідэнт Беларусі Аляксандр Лукашэнка правёў перамовы з Міністрам"
          + " замежных спраў КНР Ван І. У 2024 годзе ўзаемны гандаль вырас на 17% і склаў 8,2 млрд"
          + " долараў. Партнёры ажыццяўляюць больш за 46 сумесных праектаў у парку «Вялікі камень».";
  private static final String OTHER_MEETING_EN =
      "Belarusian President Aleksandr Lukashenko met with Chinese Vice Premier Ding Xuexiang in"
          + " Minsk on March 19. Trade between Belarus and China reached 6.1 billion dollars in 2023,"
          + " up 31 percent. More than 23 joint projects are being implemented in the Great Stone"
          + " industrial park.";

  @Test
  void shouldScoreTheSameInOneRoundAndSumEachVectorsLengthOnce() {
    var lookups = new AtomicInteger();
    TermStatistics counted =
        id -> {
          lookups.incrementAndGet();
          return 1.0 + (id & 7);
        };
    var plain = new PairScorer(Thresholds.DEFAULT, ConceptDictionary.builtIn(), counted);
    var round = plain.forOneRound();
    var story = plain.profile(new Side("en", "Grain exports", "Belarus shipped grain to China."));
    var one = plain.profile(new Side("en", "Grain exports", "Belarus shipped grain to Asia."));
    var two = plain.profile(new Side("en", "Potash", "Belarus shipped potash to China by rail."));

    assertThat(round.score(story, one)).isEqualTo(plain.score(story, one));
    assertThat(round.score(story, two)).isEqualTo(plain.score(story, two));
    lookups.set(0);
    plain.score(story, two);
    int eachTime = lookups.get();
    lookups.set(0);
    round.score(story, two);

    // the round knows both lengths: only the shared terms are looked up again
    assertThat(lookups.get()).isLessThan(eachTime - story.vector().size() + 1);
  }

  @Test
  void shouldFlagTranslationWhenSameStoryIsInAnotherLanguage() {
    assertThat(SCORER.score(new Side("en", "", EN), new Side("ru", "", RU)).type())
        .isEqualTo(MatchType.TRANSLATION);
    assertThat(SCORER.score(new Side("ru", "", RU), new Side("zh", "", ZH)).type())
        .isEqualTo(MatchType.TRANSLATION);
  }

  @Test
  void shouldFlagTranslationBetweenBelarusianAndTheOtherLanguages() {
    var be = new Side("be", "", BE);
    for (Side other :
        List.of(new Side("ru", "", RU), new Side("en", "", EN), new Side("zh", "", ZH))) {
      var s = SCORER.score(be, other);
      assertThat(s.type()).as("be-%s %s", other.lang(), s).isEqualTo(MatchType.TRANSLATION);
      // the reported score is the translation tier's, as between English, Russian and Chinese
      assertThat(s.score())
          .as("be-%s %s", other.lang(), s)
          .isGreaterThanOrEqualTo(Thresholds.DEFAULT.translation());
    }
    var otherMeeting = SCORER.score(be, new Side("en", "", OTHER_MEETING_EN));
    assertThat(otherMeeting.type()).as("%s", otherMeeting).isNull();
  }

  @Test
  void shouldFlagExactWhenOnlyDatelineDiffers() {
    var s =
        SCORER.score(
            new Side("en", "", "MINSK, 4 March (BelTA) – " + EN),
            new Side("en", "", "MINSK, March 4 (Xinhua) -- " + EN + " Enditem"));
    assertThat(s.type()).isEqualTo(MatchType.EXACT);
    assertThat(s.score()).isEqualTo(1.0);
  }

  @Test
  void shouldFlagVerbatimWhenOneSentenceIsAdded() {
    var s = SCORER.score(new Side("en", "", EN), new Side("en", "", EN + " BelTA reported."));
    assertThat(s.type()).isEqualTo(MatchType.VERBATIM);
  }

  @Test
  void shouldNotFlagWhenSameLeaderMeetsSomeoneElse() {
    var s = SCORER.score(new Side("en", "", EN), new Side("en", "", OTHER_MEETING_EN));
    assertThat(s.type()).isNull();
    assertThat(SCORER.score(new Side("zh", "", ZH), new Side("en", "", OTHER_MEETING_EN)).type())
        .isNull();
  }

  @Test
  void shouldScoreSymmetricallyWhenSidesAreSwapped() {
    var a = new Side("en", "", EN);
    var b = new Side("ru", "", RU);
    assertThat(SCORER.score(a, b).score()).isEqualTo(SCORER.score(b, a).score());
  }

  @Test
  void shouldScoreUnrelatedTextsLowWhenTheyShareNothing() {
    var s =
        SCORER.score(
            new Side("en", "", EN),
            new Side("en", "", "Heavy rain flooded several streets of the old town overnight."));
    assertThat(s.score()).isLessThan(0.2);
    assertThat(s.flagged()).isFalse();
  }

  @Test
  void shouldWeighTheOpeningWordsOfAnUntitledStory() {
    String lead =
        "Floods close the Danube port of Vukovar as river barges wait near Osijek bridges.";
    String other =
        "Wildfire smoke reaches the Baltic coast of Klaipeda as beaches empty near Palanga dunes.";
    String notice =
        " This site uses cookies to improve your experience and to show relevant advertising;"
            + " by continuing to browse you accept their use, which you can change in the settings.";
    var profile = SCORER.profile(new Side("en", "", lead + notice));
    // the lead's words count three times, the notice's 0.6
    assertThat(profile.vector().weightOf("danub")).isEqualTo(1 + Math.log(3));
    assertThat(profile.vector().weightOf("cooki")).isEqualTo(1 + Math.log(TextProfile.REST_WEIGHT));
    assertThat(profile.vector().weightOf("cookies")).isZero();
    // with a title, the title stands for the story and the body's words count once
    var titled = SCORER.profile(new Side("en", "Floods in Croatia", lead + notice));
    assertThat(titled.vector().weightOf("danub")).isEqualTo(1.0);
    // two pages sharing only a notice score below two pages sharing the lead
    var stats = new DocumentFrequencies();
    for (String t : List.of(lead + notice, other + notice, lead, other, "Markets rose.")) {
      stats.add(SCORER.profile(new Side("en", "", t)).vector());
    }
    var scorer = SCORER.with(stats);
    double sameNotice =
        scorer.score(new Side("en", "", lead + notice), new Side("en", "", other + notice)).score();
    double sameLead =
        scorer.score(new Side("en", "", lead + notice), new Side("en", "", lead)).score();
    assertThat(sameLead).isGreaterThan(sameNotice);
  }

  @Test
  void shouldReportOnlySharedTermsBetweenLanguagesTheDictionaryDoesNotCover() {
    var de = new Side("de", "", "Lukaschenko traf Wang Yi in Minsk am 4. März: Handel 8,2 Mrd.");
    var en = new Side("en", "", EN);
    var s = SCORER.score(de, en);
    double shared = s.features().get("sharedTerms");
    double headline = s.features().get("headline");
    assertThat(s.score())
        .isCloseTo(
            (1 - PairScorer.HEADLINE_SHARE) * shared + PairScorer.HEADLINE_SHARE * headline,
            within(1e-4));
    // between covered languages the translation tier's value still counts
    var ru = SCORER.score(new Side("en", "", EN), new Side("ru", "", RU));
    assertThat(ru.score()).isGreaterThan(ru.features().get("sharedTerms"));
  }

  @Test
  void shouldScoreAShortReportOfAHeadlineAboveOneThatOnlySharesBodyWords() {
    String story =
        "Floods close the Danube port of Vukovar. Barges wait near Osijek while the river rises;"
            + " the port authority said ships would be moved to the harbour basin and the ferry"
            + " to the island suspended, and shops along the quay were closing early.";
    // the headline again, with little of the body
    String brief = "Danube floods close the port of Vukovar, barges wait at Osijek.";
    // much of the body, another headline
    String other =
        "Cranes from Rijeka and Zadar arrive in Split for new marina piers this summer. The port"
            + " authority said ships would be moved to the"
            + " harbour basin and the ferry to the island suspended, and shops along the quay"
            + " were closing early.";
    var stats = new DocumentFrequencies();
    for (String t : List.of(story, brief, other, "Markets rose.", "Rain in Zagreb.")) {
      stats.add(SCORER.profile(new Side("en", "", t)).vector());
    }
    var scorer = SCORER.with(stats);
    var toBrief = scorer.score(new Side("en", "", story), new Side("en", "", brief));
    var toOther = scorer.score(new Side("en", "", story), new Side("en", "", other));
    assertThat(toBrief.features().get("headline")).isGreaterThan(0.8);
    assertThat(toOther.features().get("headline")).isLessThan(0.2);
    assertThat(toBrief.score()).isGreaterThan(toOther.score());
    // the headline of a titled text is its title
    var titled = SCORER.profile(new Side("en", "Vukovar port closed", story));
    assertThat(titled.lead()).hasSize(3);
  }

  @Test
  void shouldScorePagesThatShareOnlyATemplateBelowTheirTermCosine() {
    String notice =
        " To improve the function of our website and show you the most relevant news and"
            + " advertising, we collect technical anonymised information about you, including with"
            + " the tools of our partners; by continuing to browse you accept their use, which you"
            + " can change in the settings of your browser at any time.";
    var a = new Side("en", "", "Switzerland limits exports of protective equipment." + notice);
    var b = new Side("en", "", "Rickshaw driver in Kolkata hands out soap to passengers." + notice);
    var s = SCORER.score(a, b);
    double cosine = s.features().get("cosine");
    double jaccard = s.features().get("jaccard");
    assertThat(jaccard).isGreaterThan(cosine + 0.1);
    double unpenalised =
        (1 - PairScorer.HEADLINE_SHARE)
                * (PairScorer.CONTENT_SHARE * Math.sqrt(cosine)
                    + (1 - PairScorer.CONTENT_SHARE) * s.features().get("rewrite"))
            + PairScorer.HEADLINE_SHARE * s.features().get("headline");
    assertThat(s.score())
        .isCloseTo(
            unpenalised * (1 - PairScorer.TEMPLATE_PENALTY * (jaccard - cosine)), within(1e-3));
    // with titles the cosine also weighs them and the shingles do not: no penalty
    var titled =
        SCORER.score(
            new Side(
                "en", "Bern limits exports of masks, gloves and gowns to neighbours", a.body()),
            new Side("en", "Kolkata rickshaw driver hands out soap every morning", b.body()));
    double c = titled.features().get("cosine");
    assertThat(titled.features().get("jaccard")).isGreaterThan(c + 0.1);
    assertThat(titled.score())
        .isCloseTo(
            (1 - PairScorer.HEADLINE_SHARE)
                    * (PairScorer.CONTENT_SHARE * Math.sqrt(c)
                        + (1 - PairScorer.CONTENT_SHARE) * titled.features().get("rewrite"))
                + PairScorer.HEADLINE_SHARE * titled.features().get("headline"),
            within(1e-3));
  }

  @Test
  void shouldSetAsideOnlyPairsThatNoTierFlagsAndScoreTheRestAsInFull() {
    List<Article> stories = List.copyOf(Stories.corpus().articles().values());
    var frequencies = new DocumentFrequencies();
    var scorer = SCORER.with(frequencies);
    List<TextProfile> profiles = new ArrayList<>();
    for (Article a : stories) {
      profiles.add(scorer.profile(Side.of(a)));
      frequencies.add(profiles.get(profiles.size() - 1).vector());
    }
    var flaggedTypes = new HashSet<MatchType>();
    int setAside = 0;
    int unflagged = 0;
    for (int i = 0; i < profiles.size(); i++) {
      for (int j = i + 1; j < profiles.size(); j++) {
        TextProfile a = profiles.get(i);
        TextProfile b = profiles.get(j);
        PairScore full = scorer.score(a, b);
        if (full.flagged()) {
          flaggedTypes.add(full.type());
          assertThat(scorer.scoreIfFlagged(a, b)).as("%d %d", i, j).isEqualTo(full);
        } else {
          unflagged++;
          assertThat(scorer.scoreIfFlagged(a, b)).as("%d %d", i, j).isNull();
          setAside += scorer.cannotBeFlagged(a, b) ? 1 : 0;
        }
      }
    }

    assertThat(flaggedTypes).containsExactlyInAnyOrder(MatchType.values());
    // most unflagged pairs are told apart without their cosine
    assertThat(setAside).isGreaterThan(unflagged / 2);
  }

  @Test
  void shouldFlagARewriteThatOnlyItsSharedNamesLiftOverTheThreshold() {
    // numbers two of three alike: without the entity agreement the mix stays under the rewrite
    // threshold, with it the pair is a rewrite, so the entity part may not be left out
    var a =
        SCORER.profile(
            new Side(
                "en",
                "",
                "Aleksandr Lukashenko and Wang Yi met in Minsk, where Belarus and China signed 12"
                    + " agreements on machine building worth 250 million dollars and opened 37"
                    + " joint projects at the Great Stone park."));
    var b =
        SCORER.profile(
            new Side(
                "en",
                "",
                "In Minsk, Belarus and China opened 41 joint projects at the Great Stone park and"
                    + " signed 12 machine building agreements: Wang Yi and Aleksandr Lukashenko put"
                    + " 250 million dollars behind them."));

    PairScore full = SCORER.score(a, b);

    assertThat(full.type()).isEqualTo(MatchType.REWRITE);
    assertThat(full.features()).containsEntry("numbers", 0.6667);
    assertThat(full.features().get("entities")).isGreaterThan(0.9);
    assertThat(SCORER.scoreIfFlagged(a, b)).isEqualTo(full);
  }
}
