package org.echowatch.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliteFetcherTest {

  private static final byte[] OK = "<html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8);

  private TestHttpServer server;
  private PoliteFetcher fetcher;

  @BeforeEach
  void setUp() {
    server = new TestHttpServer();
    fetcher = fetcher(Duration.ZERO, 2, 3, Duration.ofSeconds(5));
  }

  @AfterEach
  void tearDown() {
    server.close();
  }

  private PoliteFetcher fetcher(Duration delay, int retries, int breaker, Duration timeout) {
    return new PoliteFetcher(
        new JsoupPageFetcher(
            "echowatch-test/1 (+https://echowatch.example/crawler)",
            timeout,
            64 * 1024,
            Clock.systemUTC()),
        List.of(new PoliteFetcher.SiteSpec(URI.create(server.base() + "/eng.belta.by/"), delay)),
        delay,
        new PoliteFetcher.Policy(
            "echowatch",
            retries,
            Duration.ofMillis(5),
            Duration.ofMillis(50),
            breaker,
            Duration.ofMinutes(5)),
        Clock.systemUTC(),
        new SimpleMeterRegistry());
  }

  private String url(String path) {
    return server.base() + "/eng.belta.by" + path;
  }

  @Test
  void shouldSendHonestUserAgentWhenFetching() throws Exception {
    server.answer("/eng.belta.by/a", 200, "text/html", OK);

    FetchResponse r = fetcher.fetch(FetchRequest.get(url("/a")));

    assertThat(r.status()).isEqualTo(200);
    assertThat(server.requests("/eng.belta.by/a").get(0).headers().get("user-agent"))
        .startsWith("echowatch-test/1");
  }

  @Test
  void shouldNotRetryWhenPageIsGoneOrMissing() {
    server.answer("/eng.belta.by/gone", 410, "text/html", OK);

    assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(url("/gone"))))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.status()).isEqualTo(410);
              assertThat(e.retriable()).isFalse();
            });
    assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(url("/missing"))))
        .isInstanceOfSatisfying(FetchException.class, e -> assertThat(e.status()).isEqualTo(404));
    assertThat(server.requests("/eng.belta.by/gone")).hasSize(1);
  }

  @Test
  void shouldRetryAfterTooManyRequestsWhenServerAsksToWait() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    server.route(
        "/eng.belta.by/busy",
        ex -> {
          if (calls.incrementAndGet() == 1) {
            ex.getResponseHeaders().set("Retry-After", "0");
            TestHttpServer.send(
                ex, 429, "text/plain", "slow down".getBytes(StandardCharsets.UTF_8));
          } else {
            TestHttpServer.send(ex, 200, "text/html", OK);
          }
        });

    FetchResponse r = fetcher.fetch(FetchRequest.get(url("/busy")));

    assertThat(r.status()).isEqualTo(200);
    assertThat(calls).hasValue(2);
  }

  @Test
  void shouldBackOffExponentiallyThenFailWhenServerKeepsFailing() {
    server.answer("/eng.belta.by/down", 503, "text/plain", new byte[0]);

    assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(url("/down"))))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.status()).isEqualTo(503);
              assertThat(e.retriable()).isTrue();
            });
    List<TestHttpServer.Seen> seen = server.requests("/eng.belta.by/down");
    assertThat(seen).hasSize(3);
    long firstGap = seen.get(1).nanos() - seen.get(0).nanos();
    long secondGap = seen.get(2).nanos() - seen.get(1).nanos();
    assertThat(firstGap).isGreaterThanOrEqualTo(Duration.ofMillis(5).toNanos());
    assertThat(secondGap).isGreaterThanOrEqualTo(Duration.ofMillis(10).toNanos());
  }

  @Test
  void shouldOpenCircuitWhenSiteFailsRepeatedly() throws Exception {
    PoliteFetcher strict = fetcher(Duration.ZERO, 0, 2, Duration.ofSeconds(5));
    server.answer("/eng.belta.by/err", 500, "text/plain", new byte[0]);
    server.answer("/eng.belta.by/fine", 200, "text/html", OK);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> strict.fetch(FetchRequest.get(url("/err"))))
          .isInstanceOfSatisfying(
              FetchException.class,
              e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.HTTP_STATUS));
    }

    assertThatThrownBy(() -> strict.fetch(FetchRequest.get(url("/fine"))))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.CIRCUIT_OPEN));
    assertThat(server.requests("/eng.belta.by/fine")).isEmpty();
  }

  @Test
  void shouldReportTimeoutWhenServerStalls() throws Exception {
    server.answer("/eng.belta.by/quick", 200, "text/html", OK);
    server.route(
        "/eng.belta.by/slow",
        ex -> {
          try {
            Thread.sleep(3_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          TestHttpServer.send(ex, 200, "text/html", OK);
        });
    JsoupPageFetcher http =
        new JsoupPageFetcher("echowatch-test", Duration.ofMillis(1_000), 65536, Clock.systemUTC());
    try {
      // the first request of a client pays its start-up; keep that out of the measured one
      http.fetch(FetchRequest.get(url("/quick")), u -> true);
    } catch (FetchException coldStartTooSlow) {
      // the timeout below is what this test is about
    }

    assertThatThrownBy(() -> http.fetch(FetchRequest.get(url("/slow")), u -> true))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT);
              assertThat(e.retriable()).isTrue();
            });
  }

  @Test
  void shouldRefuseRedirectWhenTargetIsOffHost() {
    server.route(
        "/eng.belta.by/moved",
        ex -> {
          ex.getResponseHeaders().set("Location", "http://localhost:1/elsewhere");
          TestHttpServer.send(ex, 302, null, new byte[0]);
        });

    assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(url("/moved"))))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(FetchException.Kind.OFF_HOST);
              assertThat(e.getMessage()).contains("refused redirect").contains("localhost:1");
            });
  }

  @Test
  void shouldFollowRedirectWhenTargetIsOnSameHost() throws Exception {
    server.route(
        "/eng.belta.by/old",
        ex -> {
          ex.getResponseHeaders().set("Location", "/eng.belta.by/new");
          TestHttpServer.send(ex, 301, null, new byte[0]);
        });
    server.answer("/eng.belta.by/new", 200, "text/html", OK);

    FetchResponse r = fetcher.fetch(FetchRequest.get(url("/old")));

    assertThat(r.url()).isEqualTo(url("/new"));
  }

  @Test
  void shouldRefuseUrlWhenHostIsNotConfigured() {
    assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get("http://localhost:9/x")))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.OFF_HOST));
  }

  @Test
  void shouldRefuseBodyWhenLargerThanLimit() {
    server.answer("/eng.belta.by/huge", 200, "text/html", new byte[200 * 1024]);

    assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(url("/huge"))))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE);
              assertThat(e.retriable()).isFalse();
            });
  }

  @Test
  void shouldNotFetchWhenRobotsDisallows() {
    server.answer(
        "/eng.belta.by/robots.txt",
        200,
        "text/plain",
        "User-agent: *\nDisallow: /printv*\n".getBytes(StandardCharsets.UTF_8));
    server.answer("/eng.belta.by/printv/1/", 200, "text/html", OK);

    assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(url("/printv/1/"))))
        .isInstanceOfSatisfying(
            FetchException.class, e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.ROBOTS));
    assertThat(server.requests("/eng.belta.by/printv/1/")).isEmpty();
  }

  @Test
  void shouldDisallowTemporarilyWhenRobotsAnswersServerError() {
    server.answer("/eng.belta.by/robots.txt", 500, "text/plain", new byte[0]);
    server.answer("/eng.belta.by/a", 200, "text/html", OK);

    assertThatThrownBy(() -> fetcher.fetch(FetchRequest.get(url("/a"))))
        .isInstanceOfSatisfying(
            FetchException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(FetchException.Kind.ROBOTS);
              assertThat(e.retriable()).isTrue();
            });
  }

  @Test
  void shouldAskOnceAndAnswerNotModifiedWhenValidatorsMatch() throws Exception {
    server.route(
        "/eng.belta.by/rss",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            TestHttpServer.send(ex, 304, null, new byte[0]);
          } else {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            ex.getResponseHeaders().set("Last-Modified", "Fri, 02 Oct 2026 08:54:00 GMT");
            TestHttpServer.send(ex, 200, "application/rss+xml", OK);
          }
        });

    FetchResponse first = fetcher.fetch(FetchRequest.get(url("/rss")));
    FetchResponse second =
        fetcher.fetch(new FetchRequest(url("/rss"), first.etag(), first.lastModified()));

    assertThat(first.etag()).isEqualTo("\"v1\"");
    assertThat(second.notModified()).isTrue();
    assertThat(server.requests("/eng.belta.by/rss").get(1).headers())
        .containsEntry("if-modified-since", "Fri, 02 Oct 2026 08:54:00 GMT");
    assertThat(server.requests("/eng.belta.by/robots.txt")).hasSize(1);
  }

  @Test
  void shouldKeepDelayBetweenRequestsWhenSameSite() throws Exception {
    PoliteFetcher slow = fetcher(Duration.ofMillis(120), 0, 5, Duration.ofSeconds(5));
    server.answer("/eng.belta.by/a", 200, "text/html", OK);
    server.answer("/eng.belta.by/b", 200, "text/html", OK);

    slow.fetch(FetchRequest.get(url("/a")));
    slow.fetch(FetchRequest.get(url("/b")));

    long gap =
        server.requests("/eng.belta.by/b").get(0).nanos()
            - server.requests("/eng.belta.by/a").get(0).nanos();
    assertThat(gap).isGreaterThanOrEqualTo(Duration.ofMillis(120).toNanos());
  }

  @Test
  void shouldDecodeCharsetFromHeaderThenMetaThenUtf8() throws Exception {
    byte[] cp1251 = "<p>Минск</p>".getBytes(Charset.forName("windows-1251"));
    byte[] gbkMeta = ("<meta charset=\"gbk\"><p>明斯克</p>").getBytes(Charset.forName("GBK"));
    byte[] plain = "<p>Минск 明斯克</p>".getBytes(StandardCharsets.UTF_8);
    server.answer("/eng.belta.by/h", 200, "text/html; charset=windows-1251", cp1251);
    server.answer("/eng.belta.by/m", 200, "text/html", gbkMeta);
    server.answer("/eng.belta.by/n", 200, "text/html", plain);
    server.answer("/eng.belta.by/w", 200, "text/html; charset=no-such-charset", plain);

    assertThat(fetcher.fetch(FetchRequest.get(url("/h"))).text()).contains("Минск");
    assertThat(fetcher.fetch(FetchRequest.get(url("/m"))).text()).contains("明斯克");
    assertThat(fetcher.fetch(FetchRequest.get(url("/n"))).text()).contains("Минск 明斯克");
    assertThat(fetcher.fetch(FetchRequest.get(url("/w"))).text()).contains("Минск 明斯克");
  }

  @Test
  void shouldReadRetryAfterAsSecondsOrHttpDate() {
    var now = java.time.Instant.parse("2026-10-02T08:00:00Z");

    assertThat(PoliteFetcher.retryAfter("120", now)).isEqualTo(Duration.ofMinutes(2));
    assertThat(PoliteFetcher.retryAfter("Fri, 02 Oct 2026 08:00:30 GMT", now))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(PoliteFetcher.retryAfter("soon", now)).isNull();
  }
}
