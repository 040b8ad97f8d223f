package org.echowatch.indexer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.echowatch.indexer.web.BrowserRequirement.Verdict;
import org.junit.jupiter.api.Test;

class BrowserRequirementTest {

  @Test
  void shouldRunWhenChromiumAndDriverAreInstalled() {
    var requirement = BrowserRequirement.check(Map.of("CI", "true"), path -> true);

    assertThat(requirement.verdict()).isEqualTo(Verdict.RUN);
  }

  @Test
  void shouldSkipWhenDriverIsMissingOutsideCi() {
    var requirement =
        BrowserRequirement.check(Map.of(), path -> !path.equals(BrowserRequirement.CHROMEDRIVER));

    assertThat(requirement.verdict()).isEqualTo(Verdict.SKIP);
    assertThat(requirement.message()).contains("/usr/bin/chromedriver", "skipped");
  }

  @Test
  void shouldFailWhenBrowserIsMissingOnCi() {
    var requirement = BrowserRequirement.check(Map.of("CI", "TRUE"), path -> false);

    assertThat(requirement.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(requirement.missing())
        .containsExactly(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromedriver"));
    assertThat(requirement.message()).contains("CI=true");
  }

  @Test
  void shouldSkipWhenCiIsSetToSomethingOtherThanTrue() {
    var requirement = BrowserRequirement.check(Map.of("CI", "false"), path -> false);

    assertThat(requirement.verdict()).isEqualTo(Verdict.SKIP);
  }
}
