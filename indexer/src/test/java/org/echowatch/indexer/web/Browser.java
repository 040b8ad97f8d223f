package org.echowatch.indexer.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, with a fresh profile and every
 * background service that could reach the network switched off. Every wait is bounded.
 */
final class Browser implements AutoCloseable {

  static final Duration WAIT = Duration.ofSeconds(30);

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final String baseUrl;

  private Browser(ChromeDriverService service, ChromeDriver driver, String baseUrl) {
    this.service = service;
    this.driver = driver;
    this.baseUrl = baseUrl;
  }

  /**
   * @param profileDir an empty folder for the browser profile
   * @param baseUrl where the page is served, e.g. {@code http://127.0.0.1:41234}
   */
  static Browser start(Path profileDir, String baseUrl) {
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(BrowserRequirement.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserRequirement.CHROMIUM.toString());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profileDir.toAbsolutePath(),
        "--window-size=1600,1000");
    try {
      return new Browser(service, new ChromeDriver(service, options), baseUrl);
    } catch (WebDriverException e) {
      service.stop();
      throw e;
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a path of the page's server. */
  void open(String path) {
    driver.get(baseUrl + path);
  }

  /** The first element matching, once it is visible. */
  WebElement visible(By by) {
    return until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /** Waits until condition returns something other than null or false. */
  <T> T until(Function<WebDriver, T> condition) {
    // Pages replace their DOM while a condition runs (a sign-in navigates, panels re-render).
    return new WebDriverWait(driver, WAIT, Duration.ofMillis(100))
        .ignoring(StaleElementReferenceException.class)
        .until(condition);
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  Object script(String javascript, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(javascript, args);
  }

  /** Saves what the browser shows, for a person to look at when a test fails. */
  void screenshot(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Saves the browser console (errors the page logged, failed requests) next to a screenshot. */
  void saveConsole(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(
          file,
          driver.manage().logs().get(LogType.BROWSER).getAll().stream()
              .map(LogEntry::toString)
              .toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
    }
  }
}
