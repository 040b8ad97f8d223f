package org.echowatch.indexer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.echowatch.broker.EmbeddedBroker;
import org.echowatch.broker.TopicInitializer;
import org.echowatch.common.Alert;
import org.echowatch.common.Evidence;
import org.echowatch.common.FeedHealth;
import org.echowatch.common.Match;
import org.echowatch.common.MatchType;
import org.echowatch.common.Topics;
import org.echowatch.indexer.IndexerService;
import org.echowatch.indexer.IndexerSettings;
import org.echowatch.indexer.web.BrowserRequirement.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The watch-floor page in headless Chromium against a real indexer on a real embedded broker:
 * sign-in, a live alert, its evidence, triage, search with facets, and scraped markup kept inert.
 * One broker, one indexer and one browser serve the whole class; each test uses its own narrative.
 */
class WatchFloorBrowserIT {

  private static final String ADMIN_PASSWORD = "admin-pw-for-browser-tests";
  private static final String ANALYST = "analyst1";
  private static final String ANALYST_PASSWORD = "analyst-pw-1";
  private static final String VIEWER = "viewer1";
  private static final String VIEWER_PASSWORD = "viewer-pw-1";
  private static final Logger LOG = LoggerFactory.getLogger(WatchFloorBrowserIT.class);
  private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

  @TempDir static Path dir;

  private static EmbeddedBroker broker;
  private static IndexerService indexer;
  private static KafkaProducer<String, Match> matches;
  private static KafkaProducer<String, Alert> alerts;
  private static KafkaProducer<String, FeedHealth> feeds;
  private static Browser browser;
  private static String baseUrl;
  private static int port;

  @BeforeAll
  static void startEverything() {
    BrowserRequirement requirement = BrowserRequirement.here();
    if (requirement.verdict() == Verdict.FAIL) {
      fail(requirement.message());
    }
    Assumptions.assumeTrue(requirement.verdict() == Verdict.RUN, requirement::message);

    broker = EmbeddedBroker.onFreePorts(dir.resolve("broker")).start();
    TopicInitializer.ensureTopics(broker.bootstrapServers(), 1, (short) 1);
    indexer = startIndexer(0);
    port = indexer.httpPort();
    baseUrl = "http://127.0.0.1:" + port;
    ApiSession admin = ApiSession.signIn(baseUrl, "admin", ADMIN_PASSWORD);
    admin.createUser(ANALYST, ANALYST_PASSWORD, "analyst");
    admin.createUser(VIEWER, VIEWER_PASSWORD, "viewer");
    matches = producer(Topics.MATCHES.valueSerde().serializer());
    alerts = producer(Topics.ALERTS.valueSerde().serializer());
    feeds = producer(Topics.FEED_HEALTH.valueSerde().serializer());
    browser = Browser.start(dir.resolve("chromium-profile"), baseUrl);
  }

  /** An indexer on the shared broker and data folder; port 0 picks a free one. */
  private static IndexerService startIndexer(int httpPort) {
    IndexerService service =
        new IndexerService(
            IndexerSettings.fromEnv(
                Map.of(
                    "ECHOWATCH_KAFKA_BOOTSTRAP",
                    broker.bootstrapServers(),
                    "ECHOWATCH_DATA_DIR",
                    dir.resolve("data").toString(),
                    "ECHOWATCH_HTTP_PORT",
                    String.valueOf(httpPort),
                    "ECHOWATCH_ADMIN_PASSWORD",
                    ADMIN_PASSWORD)),
            new SimpleMeterRegistry());
    service.start();
    return service;
  }

  private static <V> KafkaProducer<String, V> producer(
      org.apache.kafka.common.serialization.Serializer<V> values) {
    return new KafkaProducer<>(
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            broker.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all"),
        Topics.MATCHES.keySerde().serializer(),
        values);
  }

  @AfterAll
  static void stopEverything() {
    // Declared in start order, so try-with-resources closes them in reverse: browser first,
    // broker last; each close runs even when an earlier one failed, and nulls are skipped.
    try (var k = broker;
        var i = indexer;
        var a = alerts;
        var m = matches;
        var f = feeds;
        var b = browser) {
      // closed by try-with-resources
    }
  }

  @BeforeEach
  void signOutEverywhere() {
    browser.open("/login.html");
    browser.driver().manage().deleteAllCookies();
  }

  @AfterEach
  void keepScreenshotAndConsole(TestInfo test) {
    String name = test.getTestMethod().orElseThrow().getName();
    browser.screenshot(SCREENSHOTS.resolve(name + ".png"));
    browser.saveConsole(SCREENSHOTS.resolve(name + ".console.txt"));
  }

  @Test
  void shouldSendVisitorToSignInWhenNoSessionExists() {
    browser.open("/");

    browser.until(ExpectedConditions.urlContains("/login.html"));
    signIn(ANALYST, "not-the-password");
    assertThat(browser.visible(By.id("login-error")).getText())
        .contains("Wrong user name or password");
  }

  @Test
  void shouldShowLiveAlertWhenMatchAndAlertArePublished() {
    signInToFloor(ANALYST, ANALYST_PASSWORD);
    assertThat(browser.visible(By.id("user-name")).getText()).isEqualTo(ANALYST);
    assertThat(browser.visible(By.id("user-role")).getText()).isEqualToIgnoringCase("analyst");

    FlaggedPair pair = summitPair("weblive");
    long published = System.nanoTime();
    pair.publish(matches, alerts);

    WebElement card = alertCard("weblive");
    // Reported, not asserted: speed targets belong in benchmarks, not in tests.
    LOG.info(
        "live alert on screen {} ms after its match and alert were sent (acks=all)",
        (System.nanoTime() - published) / 1_000_000);
    assertThat(card.findElement(By.cssSelector(".headline")).getText())
        .isEqualTo(pair.alert().headline());
    assertThat(card.getDomAttribute("class")).contains("fresh", "sev-high");
    // Badges are upper-cased by the stylesheet; getText() reports what is rendered.
    assertThat(card.getText().toLowerCase(Locale.ROOT))
        .contains("high", "rewrite", "uncredited", "belta → xinhua", "lag 2 h 30 min");
  }

  @Test
  void shouldShowBothSidesWithEvidenceHighlightedWhenAlertIsOpened() {
    signInToFloor(ANALYST, ANALYST_PASSWORD);
    FlaggedPair pair = summitPair("webevidence");
    pair.publish(matches, alerts);

    alertCard("webevidence").findElement(By.cssSelector(".headline")).click();

    WebElement match = browser.visible(By.cssSelector("#narrative .match"));
    List<WebElement> sides = match.findElements(By.cssSelector(".story"));
    assertThat(sides).hasSize(2);
    assertThat(sides.get(0).findElement(By.cssSelector(".story-title")).getText())
        .isEqualTo(pair.match().origin().title());
    assertThat(sides.get(1).findElement(By.cssSelector(".story-title")).getText())
        .isEqualTo(pair.match().echo().title());
    Evidence passage = pair.match().evidence().get(0);
    assertThat(texts(sides.get(0), "mark.ev")).contains(passage.originSpan());
    assertThat(texts(sides.get(1), "mark.ev")).contains(passage.echoSpan());
    assertThat(match.getText()).contains("score 0.86", "lag 2 h 30 min", "cosine");
    assertThat(texts(browser.driver().findElement(By.id("narrative")), ".tl-item")).hasSize(2);
  }

  @Test
  void shouldKeepTriageStateAfterReloadWhenAnalystAcknowledges() {
    signInToFloor(ANALYST, ANALYST_PASSWORD);
    summitPair("webtriage").publish(matches, alerts);

    alertCard("webtriage").findElement(By.cssSelector("[data-action='acknowledged']")).click();
    browser.until(
        d ->
            alertCard("webtriage")
                .findElement(By.cssSelector(".triage-line"))
                .getText()
                .startsWith("ACKNOWLEDGED by " + ANALYST));

    browser.driver().navigate().refresh();
    browser.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));

    String line = alertCard("webtriage").findElement(By.cssSelector(".triage-line")).getText();
    assertThat(line).startsWith("ACKNOWLEDGED by " + ANALYST);
    assertThat(alertCard("webtriage").findElements(By.cssSelector("[data-action='acknowledged']")))
        .isEmpty();
  }

  @Test
  void shouldNarrowResultsToOneLanguageWhenFacetValueIsClicked() {
    signInToFloor(ANALYST, ANALYST_PASSWORD);
    FlaggedPair english =
        FlaggedPair.of(
            "webfaceten",
            FlaggedPair.story(
                "belta-en:9101",
                "en",
                "Quorvex plant opens near Minsk",
                "The Quorvex plant opened near Minsk on Monday.",
                "2026-03-02T08:00:00Z"),
            FlaggedPair.story(
                "xinhua-en:20260302-9101",
                "en",
                "Quorvex plant opens in Belarus",
                "A Quorvex plant opened near Minsk on Monday, officials said.",
                "2026-03-02T09:00:00Z"),
            MatchType.REWRITE,
            new Evidence(
                "The Quorvex plant opened near Minsk", "A Quorvex plant opened near Minsk", 0.8));
    FlaggedPair russian =
        FlaggedPair.of(
            "webfacetru",
            FlaggedPair.story(
                "belta-ru:9102",
                "ru",
                "Завод Quorvex открылся под Минском",
                "Завод Quorvex открылся под Минском в понедельник.",
                "2026-03-03T08:00:00Z"),
            FlaggedPair.story(
                "xinhua-ru:20260303-9102",
                "ru",
                "Под Минском открылся завод Quorvex",
                "Под Минском в понедельник открылся завод Quorvex.",
                "2026-03-03T09:00:00Z"),
            MatchType.REWRITE,
            new Evidence("Завод Quorvex открылся под Минском", "открылся завод Quorvex", 0.7));
    english.publish(matches, alerts);
    russian.publish(matches, alerts);
    alertCard("webfacetru");

    browser.visible(By.id("tab-search")).click();
    browser.visible(By.id("q")).sendKeys("quorvex");
    searchUntil(() -> hitLanguages().size() == 4);

    browser.visible(By.cssSelector(".facet-value[data-field='lang'][data-value='ru']")).click();

    browser.until(d -> hitLanguages().size() == 2);
    assertThat(hitLanguages()).containsOnly("RU");
    assertThat(browser.visible(By.cssSelector("#active-filters .chip")).getText())
        .contains("lang: ru");
  }

  @Test
  void shouldShowParserMessageAndPositionWhenQueryIsMalformed() {
    signInToFloor(ANALYST, ANALYST_PASSWORD);
    browser.visible(By.id("tab-search")).click();

    browser.visible(By.id("q")).sendKeys("title:(minsk AND", Keys.ENTER);

    WebElement error = browser.visible(By.id("search-error"));
    assertThat(error.getText()).contains("Query not understood");
    assertThat(browser.visible(By.id("q")).getDomAttribute("aria-invalid")).isEqualTo("true");
  }

  @Test
  void shouldKeepScrapedMarkupInertWhenTitleAndBodyCarryHtml() {
    String payload =
        "<img src=x onerror=\"window.__xss='img';alert('img')\"> "
            + "<script>window.__xss='script';alert('script')</script> Minsk talks";
    signInToFloor(ANALYST, ANALYST_PASSWORD);
    FlaggedPair pair =
        FlaggedPair.of(
            "webxss",
            FlaggedPair.story(
                "belta-en:9201",
                "en",
                payload,
                "Talks in Minsk went well. " + payload,
                "2026-03-04T08:00:00Z"),
            FlaggedPair.story(
                "xinhua-en:20260304-9201",
                "en",
                payload,
                "Talks in Minsk went well, officials said. " + payload,
                "2026-03-04T09:00:00Z"),
            MatchType.VERBATIM,
            new Evidence(payload, payload, 0.9));
    pair.publish(matches, alerts);

    WebElement card = alertCard("webxss");
    assertThat(card.findElement(By.cssSelector(".headline")).getText()).isEqualTo(payload);
    card.findElement(By.cssSelector(".headline")).click();
    WebElement match = browser.visible(By.cssSelector("#narrative .match"));
    assertThat(match.findElement(By.cssSelector(".story-title")).getText()).isEqualTo(payload);
    assertThat(texts(match, "mark.ev")).contains(payload);
    browser.visible(By.id("tab-search")).click();
    browser.visible(By.id("q")).sendKeys("narrative:webxss");
    searchUntil(
        () ->
            texts(browser.driver().findElement(By.id("search-results")), ".hit-title").size() == 2);
    assertThat(texts(browser.driver().findElement(By.id("search-results")), ".hit-title"))
        .containsOnly(payload);

    assertThatThrownBy(() -> browser.driver().switchTo().alert())
        .isInstanceOf(NoAlertPresentException.class);
    assertThat(browser.script("return typeof window.__xss")).isEqualTo("undefined");
    assertThat(browser.all(By.tagName("img"))).isEmpty();
    assertThat(browser.script("return [...document.scripts].map(s => s.getAttribute('src'))"))
        .asList()
        .containsExactly("/static/boot.js");
  }

  @Test
  void shouldHideTriageAndAdminControlsAndSignOutWhenUserIsViewer() {
    summitPair("webviewer").publish(matches, alerts);
    signInToFloor(VIEWER, VIEWER_PASSWORD);

    WebElement card = alertCard("webviewer");

    assertThat(card.findElements(By.cssSelector(".triage-actions button"))).isEmpty();
    assertThat(browser.driver().findElement(By.id("saved-form")).isDisplayed()).isFalse();
    assertThat(browser.visible(By.id("user-role")).getText()).isEqualToIgnoringCase("viewer");

    browser.visible(By.id("sign-out")).click();
    browser.until(ExpectedConditions.urlContains("/login.html"));
    browser.open("/");
    browser.until(ExpectedConditions.urlContains("/login.html"));
  }

  @Test
  void shouldListSavedSearchAndItsWatchHitWhenAdminAddsOne() {
    signInToFloor("admin", ADMIN_PASSWORD);
    browser.visible(By.id("saved-name")).sendKeys("Broken");
    browser.visible(By.id("saved-query")).sendKeys("title:(zelvantor", Keys.ENTER);
    assertThat(browser.visible(By.id("saved-error")).getText()).startsWith("Not saved");

    WebElement name = browser.visible(By.id("saved-name"));
    name.clear();
    name.sendKeys("Zelvantor watch");
    WebElement query = browser.visible(By.id("saved-query"));
    query.clear();
    query.sendKeys("zelvantor", Keys.ENTER);
    browser.until(
        d -> texts(d.findElement(By.id("saved-list")), ".saved-run").contains("Zelvantor watch"));

    FlaggedPair pair =
        FlaggedPair.of(
            "webwatch",
            FlaggedPair.story(
                "belta-en:9301",
                "en",
                "Zelvantor bridge opens",
                "The Zelvantor bridge opened on Friday.",
                "2026-03-05T08:00:00Z"),
            FlaggedPair.story(
                "xinhua-en:20260305-9301",
                "en",
                "Belarus opens Zelvantor bridge",
                "Belarus opened the Zelvantor bridge on Friday.",
                "2026-03-05T09:00:00Z"),
            MatchType.REWRITE,
            new Evidence("The Zelvantor bridge opened", "opened the Zelvantor bridge", 0.7));
    pair.publish(matches, alerts);

    browser.until(
        d ->
            String.join(" ", texts(d.findElement(By.id("watch-hits")), ".watch-hit"))
                .contains("Zelvantor bridge opens"));
  }

  @Test
  void shouldHighlightEvidenceWhenSpacingDiffersFromBody() {
    signInToFloor(VIEWER, VIEWER_PASSWORD);

    // The page's own module, as the server delivers it, run in the browser.
    Object segments =
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "import('/static/format.js').then("
                    + "  m => done(m.highlightSpans('one  two\\nthree four', "
                    + "['two three', 'absent', 'four']).map(s => (s.hit ? '[' + s.index + ']' : '')"
                    + " + s.text).join('|')),"
                    + "  e => done('failed: ' + e));");

    assertThat(segments).isEqualTo("one  |[0]two\nthree| |[2]four");
  }

  @Test
  void shouldReconnectAndAskForSignInWhenIndexerRestartsUnderTheStream() {
    signInToFloor(ANALYST, ANALYST_PASSWORD);

    indexer.close();
    browser.until(
        ExpectedConditions.attributeToBe(By.id("stream-status"), "data-state", "reconnecting"));
    indexer = startIndexer(port);

    // Sessions live in memory: the restarted indexer refuses the old cookie, and the page says so.
    browser.until(ExpectedConditions.urlContains("/login.html"));
    signInToFloor(ANALYST, ANALYST_PASSWORD);
    summitPair("webrestart").publish(matches, alerts);
    assertThat(alertCard("webrestart").getDomAttribute("class")).contains("fresh");
  }

  @Test
  void shouldShowFeedWarningWhenFeedHealthReportsOne() throws Exception {
    FeedHealth silent =
        new FeedHealth(
            "xinhua-zh:webfeed",
            "xinhua-zh",
            "https://example.test/xinhua-zh/feed",
            Instant.now(),
            "error",
            503,
            0,
            0,
            2400,
            "HTTP 503 from the feed",
            "silent for 4 of its usual intervals");
    feeds
        .send(new ProducerRecord<>(Topics.FEED_HEALTH.name(), silent.feedId(), silent))
        .get(30, TimeUnit.SECONDS);
    ApiSession api = ApiSession.signIn(baseUrl, VIEWER, VIEWER_PASSWORD);
    browser.until(d -> api.get("/api/feeds").toString().contains(silent.feedId()));

    signInToFloor(VIEWER, VIEWER_PASSWORD);

    WebElement row = browser.visible(By.cssSelector("tr.feed[data-feed='xinhua-zh:webfeed']"));
    assertThat(row.getDomAttribute("class")).contains("trouble");
    assertThat(row.getText()).contains("error");
    assertThat(browser.visible(By.id("feeds-body")).getText())
        .contains("silent for 4 of its usual intervals", "HTTP 503 from the feed");
    assertThat(browser.visible(By.id("feeds-warn")).getText()).contains("need attention");
  }

  private static void signIn(String user, String password) {
    WebElement name = browser.visible(By.id("username"));
    name.clear();
    name.sendKeys(user);
    WebElement secret = browser.visible(By.id("password"));
    secret.clear();
    secret.sendKeys(password, Keys.ENTER);
  }

  /** Signs in through the form and waits until the floor is up and the stream is live. */
  private static void signInToFloor(String user, String password) {
    browser.open("/login.html");
    signIn(user, password);
    browser.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    browser.until(ExpectedConditions.attributeToBe(By.id("stream-status"), "data-state", "live"));
  }

  /**
   * Submits the search form until the results satisfy done: stories are indexed from the matches
   * topic, which may trail the alert the test waited for.
   */
  private static void searchUntil(java.util.function.BooleanSupplier done) {
    browser.until(
        d -> {
          d.findElement(By.cssSelector("#search-form button[type='submit']")).click();
          return done.getAsBoolean();
        });
  }

  /** The alert's card in the live column, once it is there. */
  private static WebElement alertCard(String narrativeId) {
    return browser.visible(By.cssSelector("li.alert[data-narrative='" + narrativeId + "']"));
  }

  private static List<String> hitLanguages() {
    return texts(browser.driver().findElement(By.id("search-results")), ".hit .lang");
  }

  private static List<String> texts(org.openqa.selenium.SearchContext root, String css) {
    return root.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  /** A BelTA story and Xinhua's rewrite of it 2 h 30 min later, with one aligned passage. */
  private static FlaggedPair summitPair(String narrativeId) {
    String originPassage = "agreed to deepen the all-round strategic partnership";
    String echoPassage = "agreed on Wednesday to deepen the all-round strategic partnership";
    return FlaggedPair.of(
        narrativeId,
        FlaggedPair.story(
            "belta-en:" + narrativeId,
            "en",
            "Lukashenko, Xi agree to deepen partnership (" + narrativeId + ")",
            "MINSK, 1 March (BelTA) - The two presidents "
                + originPassage
                + ".\n\nTrade grew by a third in 2025.",
            "2026-03-01T08:00:00Z"),
        FlaggedPair.story(
            "xinhua-en:20260301-" + narrativeId,
            "en",
            "Xi, Lukashenko pledge closer partnership (" + narrativeId + ")",
            "BEIJING, March 1 (Xinhua) -- The two presidents "
                + echoPassage
                + ".\n\nTrade grew by a third last year, they noted.",
            "2026-03-01T10:30:00Z"),
        MatchType.REWRITE,
        new Evidence(originPassage, echoPassage, 0.83));
  }
}
