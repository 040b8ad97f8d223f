package org.echowatch.ingest.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageDatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "02 October 2026, 11:54 | 2026-10-02T11:54",
        "08 января 2026, 19:51 | 2026-01-08T19:51",
        "1 марта 2026 г., 09:05 | 2026-03-01T09:05",
        "03 Listopada 2024, 20:21 | 2024-11-03T20:21",
        "26. Januar 2026, 10:00 | 2026-01-26T10:00",
        "2026-07-28 17:18:00 | 2026-07-28T17:18",
        "2026-10-02T11:54:00+00:00 | 2026-10-02T11:54",
        "2026-01-08T19:51:00+03:00 | 2026-01-08T19:51",
        "2026-03-01 10:15:34 | 2026-03-01T10:15:34",
        "2026-03-01 | 2026-03-01T00:00",
        "202303/0910:15:34 | 2023-03-09T10:15:34",
        "2023 03/09 10:15:34 | 2023-03-09T10:15:34",
        "2016年03月01日 08:05:12 | 2016-03-01T08:05:12",
        "2026年3月1日 | 2026-03-01T00:00",
        "2026/03/09 10:15:34 | 2026-03-09T10:15:34",
        "March 1, 2026 10:15 | 2026-03-01T10:15",
        "Oct 2, 2026 | 2026-10-02T00:00",
        "17.08.2026 11:54 | 2026-08-17T11:54",
        "Source: Xinhua 2026-10-02 20:30:00 | 2026-10-02T20:30"
      })
  void shouldReadLocalTimeWhenPageWritesIt(String text, String expected) {
    assertThat(PageDates.parse(text)).contains(LocalDateTime.parse(expected));
  }

  // belta-be's div.date_full: "02 кастрычніка 2026, 11:54"; nominatives are read as in Russian
  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource({
    "студзеня, студзень, 1",
    "лютага, люты, 2",
    "сакавіка, сакавік, 3",
    "красавіка, красавік, 4",
    "мая, май, 5",
    "чэрвеня, чэрвень, 6",
    "ліпеня, ліпень, 7",
    "жніўня, жнівень, 8",
    "верасня, верасень, 9",
    "кастрычніка, кастрычнік, 10",
    "лістапада, лістапад, 11",
    "снежня, снежань, 12"
  })
  void shouldReadBelarusianMonthWhenGenitiveOrNominative(
      String genitive, String nominative, int month) {
    LocalDateTime expected = LocalDateTime.of(2026, month, 2, 11, 54);

    assertThat(PageDates.parse("02 " + genitive + " 2026, 11:54")).contains(expected);
    assertThat(PageDates.parse("02 " + nominative + " 2026, 11:54")).contains(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Follow us", "32 October 2026, 11:54", "2026-13-45 10:00"})
  void shouldFindNothingWhenTextIsNoDate(String text) {
    assertThat(PageDates.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "https://english.news.cn/20260301/6f1e2d3c4b5a69788796a5b4c3d2e1f0/c.html, 2026-03-01T00:00",
    "http://www.xinhuanet.com/english/2019-05/07/c_138040371.htm, 2019-05-07T00:00"
  })
  void shouldReadUrlDateWhenUrlCarriesOne(String url, String expected) {
    assertThat(PageDates.fromUrl(url)).contains(LocalDateTime.parse(expected));
  }
}
