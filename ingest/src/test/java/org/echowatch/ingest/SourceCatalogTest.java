package org.echowatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceCatalogTest {

  @Test
  void shouldListSevenEditionsWithLiveUrlsWhenBundledCatalogLoads() {
    List<SourceConfig> sources = SourceCatalog.load();

    assertThat(sources)
        .extracting(SourceConfig::edition)
        .containsExactly(
            "belta-ru", "belta-en", "belta-zh", "belta-be", "xinhua-en", "xinhua-zh", "xinhua-ru");
    SourceConfig beltaEn = SourceCatalog.edition(sources, "belta-en");
    assertThat(beltaEn.feeds())
        .extracting(FeedConfig::url)
        .containsExactly("https://eng.belta.by/rss");
    assertThat(beltaEn.zone()).isEqualTo(ZoneId.of("Europe/Minsk"));
    assertThat(beltaEn.article().defaultAuthor()).isEqualTo("BelTA");
    assertThat(beltaEn.article().body())
        .isEqualTo(SourceCatalog.edition(sources, "belta-ru").article().body());
    assertThat(SourceCatalog.edition(sources, "xinhua-zh").zone())
        .isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(SourceCatalog.edition(sources, "xinhua-en").feeds().get(0).type())
        .isEqualTo("datasource");
  }

  @Test
  void shouldTakeBeltaRussianRulesWithBelarusianTextsWhenBelarusianEditionLoads() {
    List<SourceConfig> sources = SourceCatalog.load();
    SourceConfig be = SourceCatalog.edition(sources, "belta-be");
    SourceConfig ru = SourceCatalog.edition(sources, "belta-ru");

    assertThat(be.source()).isEqualTo("belta");
    assertThat(be.lang()).isEqualTo("be");
    assertThat(be.zone()).isEqualTo(ZoneId.of("Europe/Minsk"));
    // the all_news list page is configured but disabled, as on the other BelTA editions
    assertThat(be.feeds()).extracting(FeedConfig::url).containsExactly("https://blr.belta.by/rss");
    assertThat(be.article().body()).isEqualTo(ru.article().body());
    assertThat(be.article().remove()).isEqualTo(ru.article().remove());
    assertThat(be.article().stopAt()).contains("Падпісвайцеся на нас");
    assertThat(be.article().dropParagraphs()).anyMatch(p -> p.matcher("Фота: архіў").find());
    assertThat(be.article().defaultAuthor()).isEqualTo("БЕЛТА");
    assertThat(
            be.articleId(
                "https://blr.belta.by/society/view/u-brestse-adkryli-novy-peshahodny-most-tseraz-muhavets-231449-2026/"))
        .contains("belta-be:231449");
  }

  @Test
  void shouldMapUrlsToCanonicalIdsWhenEditionRulesApply() {
    List<SourceConfig> s = SourceCatalog.load();

    assertThat(
            SourceCatalog.edition(s, "belta-en")
                .articleId(
                    "https://eng.belta.by/president/view/lukashenko-i-want-our-children-132602-2020/"))
        .contains("belta-en:132602");
    assertThat(
            SourceCatalog.edition(s, "belta-zh")
                .articleId("https://chn.belta.by/politics/view/-45788-2026/"))
        .contains("belta-zh:45788");
    assertThat(
            SourceCatalog.edition(s, "xinhua-en")
                .articleId(
                    "https://english.news.cn/asiapacific/20261002/dd66b1f2aa00bb11cc22dd33ee44ff55/c.html"))
        .contains("xinhua-en:20261002-dd66b1f2aa00bb11cc22dd33ee44ff55");
    assertThat(
            SourceCatalog.edition(s, "xinhua-en")
                .articleId("http://www.xinhuanet.com/english/2019-05/07/c_138040371.htm"))
        .contains("xinhua-en:c_138040371");
    assertThat(SourceCatalog.edition(s, "belta-en").articleId("https://eng.belta.by/politics/"))
        .isEmpty();
  }

  @Test
  void shouldPrefixHostAndAllowOnlyBaseWhenRebased() {
    List<SourceConfig> rebased =
        SourceCatalog.rebase(SourceCatalog.load(), URI.create("http://127.0.0.1:8123/"));
    SourceConfig en = SourceCatalog.edition(rebased, "belta-en");

    assertThat(en.feeds().get(0).url()).isEqualTo("http://127.0.0.1:8123/eng.belta.by/rss");
    assertThat(en.sites()).containsExactly(URI.create("http://127.0.0.1:8123/eng.belta.by/"));
    assertThat(en.allowedHosts()).containsExactly("127.0.0.1");
    assertThat(en.allows(URI.create("https://eng.belta.by/rss"))).isFalse();
    assertThat(en.articleId("http://127.0.0.1:8123/eng.belta.by/politics/view/x-186877-2026/"))
        .contains("belta-en:186877");
  }

  @Test
  void shouldAddOutletWithoutCodeWhenFileDescribesIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sources.yaml");
    Files.writeString(
        file,
        """
        editions:
          - edition: belta-de
            source: belta
            lang: de
            zone: Europe/Minsk
            sites: [ "https://deu.belta.by/" ]
            feeds:
              - { id: "belta-de:rss", type: rss, url: "https://deu.belta.by/rss", interval: 7m }
            ids:
              - { pattern: '/view/[^/]*?-(?<id>\\d+)-\\d{4}/?$', template: '{id}' }
            article:
              title: [ h1 ]
              body: [ div.js-mediator-article ]
              dates: [ div.date_full ]
        """);

    SourceConfig de = SourceCatalog.load(file).get(0);

    assertThat(de.feeds().get(0).interval()).hasMinutes(7);
    assertThat(de.articleId("https://deu.belta.by/president/view/lukaschenko-70938-2025"))
        .contains("belta-de:70938");
  }

  @Test
  void shouldNameEditionAndFieldWhenFileIsInvalid(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(
        file,
        "editions:\n  - edition: x-en\n    source: x\n    lang: en\n    zone: Mars/Base\n    sites: [ 'https://x/' ]\n");

    assertThatThrownBy(() -> SourceCatalog.load(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("edition x-en");
    assertThatThrownBy(() -> SourceCatalog.load(dir.resolve("missing.yaml")))
        .hasMessageContaining("ECHOWATCH_SOURCES_FILE");
  }
}
