package org.echowatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsRulesTest {

  private static final String ENG_BELTA =
      "User-agent: *\nDisallow: /printv*\nDisallow: *getResults*\nDisallow: *extendedSearch*\n";

  @Test
  void shouldDisallowPrintAndSearchWhenEngBeltaRules() {
    RobotsRules r = RobotsRules.parse(ENG_BELTA, "echowatch");

    assertThat(r.allows("/politics/view/x-1-2026/")).isTrue();
    assertThat(r.allows("/printv/186877/")).isFalse();
    assertThat(r.allows("/search/?q=1&getResults=1")).isFalse();
    assertThat(r.allows("/robots.txt")).isTrue();
  }

  @Test
  void shouldPreferLongestMatchAndAllowOnTieWhenRulesOverlap() {
    RobotsRules r =
        RobotsRules.parse(
            "User-agent: *\nDisallow: /news/\nAllow: /news/view/\nDisallow: /a\nAllow: /a\n",
            "echowatch");

    assertThat(r.allows("/news/list")).isFalse();
    assertThat(r.allows("/news/view/1")).isTrue();
    assertThat(r.allows("/a/b")).isTrue();
  }

  @Test
  void shouldAnchorEndWhenPatternEndsWithDollar() {
    RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /*.pdf$\n", "echowatch");

    assertThat(r.allows("/files/report.pdf")).isFalse();
    assertThat(r.allows("/files/report.pdf?x=1")).isTrue();
  }

  @Test
  void shouldUseOwnGroupWhenOneNamesEchowatch() {
    String txt =
        "User-agent: *\nDisallow: /\n\nUser-agent: EchoWatch\nUser-agent: other\nDisallow: /private/\n";
    RobotsRules r = RobotsRules.parse(txt, "echowatch");

    assertThat(r.allows("/politics/")).isTrue();
    assertThat(r.allows("/private/x")).isFalse();
  }

  @Test
  void shouldAllowEverythingWhenDisallowIsEmptyOrFileIsMissing() {
    assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "echowatch").allows("/x")).isTrue();
    assertThat(RobotsRules.allowAll().allows("/anything")).isTrue();
  }
}
