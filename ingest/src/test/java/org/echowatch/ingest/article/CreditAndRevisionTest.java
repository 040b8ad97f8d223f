package org.echowatch.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreditAndRevisionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MINSK, 17 August (BelTA) – The president said | belta",
        "17 сентября, Душанбе /Корр. БЕЛТА/. Текст | belta",
        "白通社明斯克2月11日电 正文 | belta",
        "BEIJING, March 1 (Xinhua) -- Text | xinhua",
        "Минск, 1 марта /Синьхуа/ -- текст | xinhua",
        "Мінск, 1 сакавіка /Сіньхуа/ -- тэкст | xinhua",
        "新华社北京3月9日电 正文 | xinhua",
        "MINSK, Oct. 2 (BelTA) -- Text later relayed by Xinhua | belta",
        "No agency is named here. | NONE"
      })
  void shouldNameFirstAgencyWhenTextCreditsOne(String body, String expected) {
    assertThat(CreditDetector.credit(body).orElse("NONE")).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "UPDATE 1 - Belarus, China agree | 1 | Belarus, China agree",
        "update 2: Talks resume | 2 | Talks resume",
        "Belarus, China agree | 0 | Belarus, China agree",
        "Update on talks | 0 | Update on talks"
      })
  void shouldSplitRevisionWhenTitleIsReissue(String title, int revision, String base) {
    Revisions.Parsed p = Revisions.parse(title);

    assertThat(p.revision()).isEqualTo(revision);
    assertThat(p.baseTitle()).isEqualTo(base);
  }
}
