package org.echowatch.indexer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Static checks of the page as packaged (classpath {@code web/}): what the server's CSP would
 * block, HTML-from-data sinks, and references between the files that would only fail at runtime.
 */
class WebAssetsTest {

  private static final Path WEB = webRoot();
  private static final Pattern BY_ID = Pattern.compile("byId\\('([A-Za-z0-9_-]+)'\\)");
  private static final Pattern IMPORT = Pattern.compile("(?:from |import\\()'(\\./[^']+)'");
  private static final Pattern HTML_ID = Pattern.compile("\\sid=\"([A-Za-z0-9_-]+)\"");
  private static final Pattern LOCAL_ASSET = Pattern.compile("(?:src|href)=\"(/[^\"]*)\"");

  @Test
  void shouldHaveNoInlineScriptOrStyleWhenPagesAreServedUnderStrictCsp() {
    for (Path page : files(".html")) {
      String html = read(page);
      assertThat(html).as(page.toString()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
      assertThat(html).as(page.toString()).doesNotContain("<style", " style=\"", "javascript:");
      assertThat(html).as(page.toString()).doesNotContainPattern("\\son[a-z]+=\"");
    }
  }

  @Test
  void shouldNeverParseDataAsHtmlWhenScriptsBuildTheDom() {
    for (Path script : files(".js")) {
      assertThat(read(script))
          .as(script.toString())
          .doesNotContain(
              "innerHTML",
              "outerHTML",
              "insertAdjacentHTML",
              "document.write",
              "eval(",
              "new Function",
              "createContextualFragment",
              ".style.");
    }
  }

  @Test
  void shouldFindEveryElementTheScriptsLookUpWhenPagesLoad() {
    Set<String> ids = new TreeSet<>();
    for (Path page : files(".html")) {
      ids.addAll(matches(HTML_ID, read(page)));
    }
    Set<String> wanted = new TreeSet<>();
    for (Path script : files(".js")) {
      wanted.addAll(matches(BY_ID, read(script)));
    }

    assertThat(wanted).isNotEmpty();
    assertThat(ids).containsAll(wanted);
  }

  @Test
  void shouldResolveEveryModuleImportAndAssetWhenPagesLoad() {
    for (Path script : files(".js")) {
      for (String target : matches(IMPORT, read(script))) {
        assertThat(script.resolveSibling(target)).as(script + " imports " + target).isRegularFile();
      }
    }
    for (Path page : files(".html")) {
      for (String asset : matches(LOCAL_ASSET, read(page))) {
        if (!asset.startsWith("/api/")) {
          assertThat(WEB.resolve(asset.substring(1))).as(page + " loads " + asset).isRegularFile();
        }
      }
    }
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    Set<String> found = new TreeSet<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<Path> files(String suffix) {
    try (Stream<Path> all = Files.walk(WEB)) {
      List<Path> found =
          all.filter(p -> p.getFileName().toString().endsWith(suffix)).collect(Collectors.toList());
      assertThat(found).as("files *" + suffix + " under " + WEB).isNotEmpty();
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path webRoot() {
    try {
      var index = WebAssetsTest.class.getClassLoader().getResource("web/index.html");
      assertThat(index).as("web/index.html on the classpath").isNotNull();
      return Path.of(index.toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
