package org.echowatch.streams.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CreditTest {

  @Test
  void shouldFindTheAgencyInAnyScriptAndInTheCreditField() {
    assertThat(Credit.names("belta", null, "Talks", "MINSK, 28 Nov (BelTA) - talks began."))
        .isTrue();
    assertThat(Credit.names("belta", null, "Переговоры", "По данным БЕЛТА, переговоры начались."))
        .isTrue();
    assertThat(Credit.names("xinhua", null, "会谈", "据新华社报道，会谈开始。")).isTrue();
    assertThat(Credit.names("xinhua", "Xinhua", "Talks", "Talks began.")).isTrue();
    assertThat(Credit.names("XINHUA", null, "Talks", "Агентство Синьхуа сообщает")).isTrue();
    assertThat(Credit.names("xinhua", null, "Перамовы", "Паводле агенцтва Сіньхуа")).isTrue();
    assertThat(Credit.names("belta", null, "Перамовы", "Беларускае тэлеграфнае агенцтва")).isTrue();
    assertThat(Credit.names("xinhua", null, "Talks", "BelTA reports that talks began.")).isFalse();
    assertThat(Credit.names("tass", "TASS", "Talks", "TASS reports")).isFalse();
    assertThat(Credit.names(null, null, "Talks", "Xinhua")).isFalse();
  }

  @Test
  void shouldAgreeWithTheAlternationItReplaces() {
    Pattern belta =
        Pattern.compile(
            "belta|белта|бел та|白通社|白俄通讯社|белорусское телеграфное агентство"
                + "|беларускае тэлеграфнае агенцтва");
    Pattern xinhua = Pattern.compile("xinhua|синьхуа|сіньхуа|新华社|新华网|агентство синьхуа");
    List<String> pieces =
        List.of(
            "Bel",
            "TA",
            "бел",
            " та",
            "Белта",
            "xin",
            "HUA",
            "Синь",
            "Сінь",
            "хуа",
            "新华",
            "社",
            "网",
            "白通",
            "白俄通讯",
            "агентство ",
            "телеграфное ",
            "Белорусское ",
            " ",
            ", ",
            "talks");
    Random random = new Random(7);
    int credited = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder body = new StringBuilder();
      for (int j = random.nextInt(8); j >= 0; j--) {
        body.append(pieces.get(random.nextInt(pieces.size())));
      }
      String text = body.toString();
      String lower = (" t " + text).toLowerCase(Locale.ROOT);
      boolean b = Credit.names("belta", null, "t", text);
      boolean x = Credit.names("xinhua", null, "t", text);
      assertThat(b).as(text).isEqualTo(belta.matcher(lower).find());
      assertThat(x).as(text).isEqualTo(xinhua.matcher(lower).find());
      credited += (b ? 1 : 0) + (x ? 1 : 0);
    }
    assertThat(credited).as("the generated texts name an agency often enough").isGreaterThan(2_000);
  }
}
