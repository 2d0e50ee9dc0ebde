package io.computility.server.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driven through Selenium. Paths
 * are explicit so that Selenium Manager downloads nothing.
 */
public final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Paths.get("target/screenshots");

  public final ChromeDriver driver;
  private final String base;
  private final Path profile;

  public Browser(int port) throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      String why = "browser tests need Debian chromium and chromium-driver (.ci/run installs them)";
      // Under CI a missing browser is a failure; on a developer machine the tests are skipped.
      if (System.getenv("CI") != null) throw new IllegalStateException(why);
      org.junit.jupiter.api.Assumptions.abort(why);
    }
    this.base = "http://127.0.0.1:" + port;
    this.profile = Files.createTempDirectory("cty-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1440,900",
        "--lang=en-US",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    viewport(1440, 900);
  }

  /**
   * Sets the page's viewport to exactly this size (the window's size would include the browser's
   * own bars), as a screen of that resolution shows the console.
   */
  public void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        java.util.Map.of(
            "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  public void open(String path) {
    driver.get(base + path);
  }

  public WebElement find(String dataTest) {
    return until(d -> d.findElement(testId(dataTest)));
  }

  public List<WebElement> all(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public static By testId(String dataTest) {
    return By.cssSelector("[data-test='" + dataTest + "']");
  }

  /**
   * Types into an Element Plus input (or the input or textarea inside a component), replacing its
   * text; retried while the element is not interactable yet (a dialog still opening).
   */
  public void type(String dataTest, String text) {
    until(
        d -> {
          try {
            WebElement e = find(dataTest);
            WebElement in =
                e.getTagName().equals("input") || e.getTagName().equals("textarea")
                    ? e
                    : e.findElement(By.cssSelector("input, textarea"));
            in.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
            in.sendKeys(org.openqa.selenium.Keys.BACK_SPACE, text);
            return true;
          } catch (org.openqa.selenium.ElementNotInteractableException
              | org.openqa.selenium.StaleElementReferenceException notYet) {
            return false;
          }
        });
  }

  /** The visible option with this text of the open Element Plus select (waits for it). */
  public WebElement option(String label) {
    return until(
        d ->
            d.findElements(By.cssSelector(".el-select-dropdown__item")).stream()
                .filter(o -> o.isDisplayed() && o.getText().trim().equals(label))
                .findFirst()
                .orElse(null));
  }

  /** Opens an Element Plus select and clicks the visible option with this text. */
  public void pick(String dataTest, String label) {
    find(dataTest).click();
    clickOption(label);
  }

  /**
   * Clicks the option with this text of the open select, retried while the dropdown is still
   * sliding in (another option would receive the click).
   */
  public void clickOption(String label) {
    clickWhenReady(() -> option(label));
  }

  /**
   * Clicks the element, retried while it cannot take the click yet (a dialog still opening, an
   * overlay fading, a row being re-rendered).
   */
  public void click(String dataTest) {
    clickWhenReady(() -> find(dataTest));
  }

  private void clickWhenReady(java.util.function.Supplier<WebElement> target) {
    until(
        d -> {
          try {
            target.get().click();
            return true;
          } catch (org.openqa.selenium.ElementNotInteractableException // includes intercepted
              | org.openqa.selenium.StaleElementReferenceException notYet) {
            return false;
          }
        });
  }

  public <T> T until(Function<WebDriver, T> condition) {
    return until(Duration.ofSeconds(20), condition);
  }

  public <T> T until(Duration timeout, Function<WebDriver, T> condition) {
    // Vue re-renders lists and tags while a condition reads them: an element found a moment ago
    // may be replaced before its text is read, which is "not yet", not a failure.
    return new WebDriverWait(driver, timeout, Duration.ofMillis(100))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(condition);
  }

  /**
   * The error Element Plus shows under the form field holding the element with this data-test
   * (waits until there is one): the server's refusal put in place.
   */
  public String fieldErrorOf(String dataTest) {
    return until(
        d -> {
          List<WebElement> errors =
              find(dataTest)
                  .findElements(
                      By.xpath(
                          "ancestor::div[contains(concat(' ', @class, ' '), ' el-form-item ')][1]"
                              + "//div[contains(@class, 'el-form-item__error')]"));
          return errors.isEmpty() || errors.get(0).getText().isBlank()
              ? null
              : errors.get(0).getText();
        });
  }

  /** Waits until the element's visible text contains the text. */
  public WebElement untilText(String dataTest, String text) {
    return until(
        d -> {
          WebElement e = d.findElement(testId(dataTest));
          return e.getText().contains(text) ? e : null;
        });
  }

  public String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public Object script(String js, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(js, args);
  }

  /** Signs in through the login page, as a user does, and waits until the console leaves it. */
  public void signIn(String user, String password) {
    open("/login");
    type("login-username", user);
    type("login-password", password);
    find("login-submit").click();
    until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Writes target/screenshots/last-METHOD.png for the test that just ran (a test artefact). */
  public void screenshotAfter(TestInfo test) throws IOException {
    screenshot("last-" + test.getTestMethod().orElseThrow().getName());
  }

  /**
   * Writes a PNG of the window to target/screenshots/NAME.png (a test artefact; NAME may hold /).
   */
  public Path screenshot(String name) throws IOException {
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
