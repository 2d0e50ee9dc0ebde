package io.computility.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.computility.server.testsupport.FederationTestBase;
import io.computility.server.testsupport.TestAuth;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every page of the console as a new user meets it, in a real headless Chromium against the whole
 * server: in English and in zh-CN, on a 1440×900 and a 1280×720 screen. Each page must show the
 * header and its title and content without scrolling, no raw i18n key, and in zh-CN no label in
 * Latin letters only but the proper nouns of {@link #PROPER_NOUNS}. Screenshots land in
 * target/screenshots/LANG/WIDTHxHEIGHT-PAGE.png.
 */
class ConsolePagesBrowserTest extends FederationTestBase {

  /** Every page with a fixed path; detail pages are added from data the test creates. */
  static final List<String> PAGES =
      List.of(
          "/",
          "/centers",
          "/specs",
          "/images",
          "/datasets",
          "/jobs",
          "/jobs/new",
          "/policies",
          "/scores",
          "/metrics",
          "/pool/nodes",
          "/pool/devices",
          "/pool/tasks",
          "/pool/tasks/new",
          "/pool/queue",
          "/pool/settings",
          "/pool/logs",
          "/monitoring/alerts",
          "/monitoring/rules",
          "/monitoring/silences",
          "/monitoring/forwarding",
          "/monitoring/inbox",
          "/monitoring/logs",
          "/monitoring/reports",
          "/pool/components",
          "/simulations",
          "/simulations/new",
          "/system/tenants",
          "/system/orgs",
          "/system/users",
          "/system/roles",
          "/system/business-systems",
          "/system/audit",
          "/account/tokens",
          "/support/tickets",
          "/support/notices",
          "/operations/tickets",
          "/operations/ticket-categories",
          "/operations/notices",
          "/market",
          "/market/compute",
          "/market/models",
          "/operations/products",
          "/market/orders",
          "/market/orders/all",
          "/market/resources",
          "/market/demands");

  static final List<int[]> SCREENS = List.of(new int[] {1440, 900}, new int[] {1280, 720});

  /** Text that looks like an i18n key left untranslated, e.g. "job.status". */
  static final Pattern RAW_KEY =
      Pattern.compile(
          "\\b(app|area|center|centerStatus|common|comp|dataset|decision|errors|iam|image|job"
              + "|known|log|login|menu|metrics|mon|overview|policy|pool|range|scores|shell|sim"
              + "|spec|status|token|units|account|ticket|notice|catalogue|marketplace|order"
              + "|demand)\\.[a-z][A-Za-z0-9]+\\b");

  /**
   * Words a zh-CN label may hold in Latin letters: proper nouns, units and codes written so in
   * Chinese too. Anything else in Latin letters only is an untranslated label.
   */
  static final Set<String> PROPER_NOUNS =
      Set.of(
          "CPU", "GPU", "NPU", "MLU", "vGPU", "Slurm", "API", "ID", "IP", "CSV", "JSON", "URL",
          "UUID", "HTTP", "CRIU", "Pod", "MiB", "GiB", "TiB", "PiB", "MB", "GB", "ms", "English",
          "TRACE", "DEBUG", "INFO", "WARN", "ERROR");

  /**
   * The labels of a page: headers, form labels, buttons, menus, tabs, titles, tags, hints and
   * placeholders; values from the server (marked data-values) are not labels.
   */
  static final String LABELS_JS =
      """
      const sel = 'th, .el-form-item__label, button, .el-menu-item, .el-sub-menu__title,'
        + ' .el-tabs__item, .el-descriptions__label, .el-card__header, .el-breadcrumb__inner,'
        + ' [data-test=page-title], .el-radio-button__inner, .el-checkbox__label, .el-step__title,'
        + ' .el-empty__description, .el-alert__title, .el-pagination__total, .el-statistic__head,'
        + ' .el-tag, .hint, h2, h3, .el-switch__inner, .el-result__title, .el-result__subtitle';
      const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
      const out = [];
      for (const e of document.querySelectorAll(sel)) {
        if (!shown(e) || e.closest('[data-values]')) continue;
        const t = e.innerText.trim();
        if (t) out.push(t);
      }
      for (const e of document.querySelectorAll('.el-select__placeholder.is-transparent')) {
        if (shown(e) && !e.closest('[data-values]') && e.innerText.trim()) out.push(e.innerText.trim());
      }
      for (const e of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
        if (shown(e) && !e.closest('[data-values]') && !e.value) out.push(e.placeholder);
      }
      return out;""";

  /** Where the header, the page's title and its content sit, and whether the window scrolls. */
  static final String LAYOUT_JS =
      """
      const box = (s) => { const e = document.querySelector(s); if (!e) return null;
        const r = e.getBoundingClientRect(); return [r.top, r.bottom, r.height]; };
      const content = document.querySelector('[data-test=content]');
      const page = content && content.querySelector('.sheet > *, [data-test=overview]');
      const r = page && page.getBoundingClientRect();
      return { height: innerHeight, header: box('[data-test=header]'), title: box('[data-test=page-title]'),
        menu: box('[data-test=side-menu]'), page: r ? [r.top, r.bottom, r.height] : null,
        windowScroll: document.scrollingElement.scrollTop,
        windowOverflow: document.scrollingElement.scrollHeight - innerHeight,
        contentScroll: content ? content.scrollTop : -1 };""";

  static final JsonMapper JSON = JsonMapper.builder().build();
  final HttpClient http = HttpClient.newHttpClient();
  Browser browser;
  String token;

  @BeforeEach
  void openBrowser() throws Exception {
    token = adminToken();
    browser = new Browser(port);
    browser.signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
  }

  @AfterEach
  void closeBrowser(TestInfo test) throws Exception {
    try {
      browser.screenshotAfter(test);
    } finally {
      browser.close();
    }
  }

  @Test
  @DisplayName(
      "NET-8.2 NET-8.3 console: every page, in English and zh-CN, at 1440×900 and 1280×720, shows the"
          + " header, its title and content without scrolling, no raw key, and in zh-CN no label"
          + " in Latin letters only but the allowed proper nouns")
  void everyPageInBothLanguagesOnBothScreens() throws Exception {
    List<String> pages = new ArrayList<>(PAGES);
    pages.addAll(detailPages());
    List<String> problems = new ArrayList<>();
    for (String lang : List.of("en", "zh-CN")) {
      browser.open("/");
      browser.find("lang-" + lang).click();
      for (int[] screen : SCREENS) {
        browser.viewport(screen[0], screen[1]);
        for (String page : pages) {
          browser.open(page);
          String title = titleShown();
          // the page's first data has arrived when its loading masks are gone
          browser.until(
              d -> browser.all(".el-loading-mask").stream().noneMatch(WebElement::isDisplayed));
          String name = page.equals("/") ? "overview" : page.substring(1).replace('/', '-');
          browser.screenshot(lang + "/" + screen[0] + "x" + screen[1] + "-" + name);
          problems.addAll(layoutProblems(page, lang, screen));
          String text = textWithoutData();
          if (RAW_KEY.matcher(text).find())
            problems.add(page + " " + lang + ": a raw key in " + text);
          boolean chinese = title.codePoints().anyMatch(cp -> cp >= 0x4E00 && cp <= 0x9FFF);
          if (chinese != lang.equals("zh-CN")) {
            problems.add(page + " " + lang + ": title '" + title + "' in the wrong language");
          }
          if (lang.equals("zh-CN") && screen[0] == 1440) {
            for (String label : labels()) {
              if (latinOnly(label)) problems.add(page + ": untranslated label '" + label + "'");
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  @DisplayName(
      "NET-8.2 NET-8.3 console: the menu's groups fold; a page chosen in the menu from far down a long"
          + " page starts at its top, with the header in place; signed out, only the login page"
          + " shows")
  void menuFoldsAndEveryPageStartsAtTheTop() throws Exception {
    browser.viewport(1280, 720);
    browser.open("/jobs/new");
    browser.find("lang-en").click();
    browser.untilText("page-title", "Submit job");
    browser.script(
        "document.querySelector('[data-test=content]').scrollTop = 10000;"
            + "document.querySelector('[data-test=job-submit-button]').scrollIntoView()");
    assertThat(contentScroll()).isPositive();
    browser.click("menu-jobs");
    browser.untilText("page-title", "Job list");
    browser.until(d -> contentScroll() == 0);
    assertThat(layoutProblems("/jobs", "en", new int[] {1280, 720})).isEmpty();

    // The back office's groups fold: its pool group opens on a click and shows its pages.
    browser.click("area-office");
    WebElement group = browser.find("menu-group-pool");
    assertThat(browser.find("menu-pool-nodes").isDisplayed()).isFalse();
    group.findElement(By.cssSelector(".el-sub-menu__title")).click();
    browser.until(d -> browser.find("menu-pool-nodes").isDisplayed());
    browser.click("menu-pool-nodes");
    browser.untilText("breadcrumbs", "Back office");
    browser.untilText("breadcrumbs", "Accelerator pool");
    browser.screenshot("menu-pool-open");

    // Signed out: the login page alone, without the shell, also for a deep link.
    browser.find("logout").click();
    browser.until(d -> d.getCurrentUrl().contains("/login"));
    browser.open("/system/users");
    browser.until(d -> d.getCurrentUrl().contains("/login?next="));
    browser.find("login-username");
    assertThat(browser.all("[data-test='header']")).isEmpty();
    assertThat(browser.all("[data-test='side-menu']")).isEmpty();
  }

  // --- helpers -------------------------------------------------------------------------------

  /** A job's, a center's, a simulation's and (when the pool takes one) a pool task's page. */
  List<String> detailPages() throws Exception {
    List<String> out = new ArrayList<>();
    JsonNode job =
        post(
            "/openapi/v1/trainjob",
            Map.of(
                "name",
                "tour",
                "userName",
                "carol",
                "tasks",
                List.of(
                    Map.of(
                        "name",
                        "w",
                        "command",
                        "sleep 20",
                        "imageId",
                        "pytorch-2.3",
                        "resourceSpecId",
                        "gpu-1x",
                        "replicaNumber",
                        1))));
    out.add("/jobs/" + job.path("data").path("jobId").asString());
    out.add(
        "/centers/" + get("/api/v1/centers").path("data").get(0).path("ai_center_id").asString());
    JsonNode sim =
        post(
            "/api/v1/simulations",
            Map.of(
                "level",
                "federation",
                "policies",
                List.of("default", "green"),
                "centers",
                "id,region,gpus,cpus,price_gpu_hour,static_w,exec_w,performance,security,"
                    + "bandwidth_mbps\neast-a,east,16,256,10.0,120,400,1.2,5,10000\n"
                    + "west-a,west,16,256,6.0,90,300,0.9,3,5000",
                "jobs",
                20,
                "seed",
                1,
                "seeds",
                1));
    out.add("/simulations/" + sim.path("data").path("id").asString());
    JsonNode task =
        post(
            "/api/v1/pool/tasks",
            Map.of(
                "name", "tour", "computePercent", 10, "memoryMb", 256, "command", List.of("true")));
    if (task.path("data").has("id"))
      out.add("/pool/tasks/" + task.path("data").path("id").asString());
    String ticket =
        post(
                "/api/v1/market/tickets",
                Map.of("title", "tour", "category_id", "tc-ops", "description", "a question"))
            .path("data")
            .path("id")
            .asString();
    out.add("/support/tickets/" + ticket);
    out.add("/operations/tickets/" + ticket);
    // a demand accepted by its rule: the demand with its offers, and its order with its history
    JsonNode demand =
        post(
            "/api/v1/market/demands",
            Map.of("name", "tour", "cpu", 1, "duration", "P1D", "rule", "CHEAPEST"));
    out.add("/market/demands/" + demand.path("data").path("id").asString());
    if (demand.path("data").hasNonNull("order_id"))
      out.add("/market/orders/" + demand.path("data").path("order_id").asString());
    return out;
  }

  String titleShown() {
    return browser.until(
        d -> {
          String s = browser.find("page-title").getText();
          return s.isBlank() ? null : s;
        });
  }

  /** What keeps a page from showing as it should on this screen, without scrolling. */
  @SuppressWarnings("unchecked")
  List<String> layoutProblems(String page, String lang, int[] screen) {
    Map<String, Object> l = (Map<String, Object>) browser.script(LAYOUT_JS);
    List<String> out = new ArrayList<>();
    String where = page + " " + lang + " " + screen[0] + "x" + screen[1] + ": ";
    double height = ((Number) l.get("height")).doubleValue();
    List<Number> header = (List<Number>) l.get("header");
    List<Number> title = (List<Number>) l.get("title");
    List<Number> body = (List<Number>) l.get("page");
    if (header == null || header.get(0).doubleValue() < 0 || header.get(1).doubleValue() > 80) {
      out.add(where + "the header is not at the top: " + header);
    }
    if (title == null || title.get(1).doubleValue() > 160) {
      out.add(where + "the title is not in view: " + title);
    }
    if (body == null
        || body.get(2).doubleValue() <= 0
        || body.get(0).doubleValue() > height - 100) {
      out.add(where + "the content does not start in view: " + body);
    }
    if (((Number) l.get("windowScroll")).doubleValue() != 0
        || ((Number) l.get("windowOverflow")).doubleValue() > 0) {
      out.add(where + "the window itself scrolls (" + l + ")");
    }
    if (((Number) l.get("contentScroll")).doubleValue() != 0) {
      out.add(where + "the content did not start at its top");
    }
    return out;
  }

  long contentScroll() {
    return ((Number)
            browser.script("return document.querySelector('[data-test=content]').scrollTop"))
        .longValue();
  }

  @SuppressWarnings("unchecked")
  List<String> labels() {
    return (List<String>) browser.script(LABELS_JS);
  }

  /** True for text with Latin letters, no Chinese, and a word that is not an allowed noun. */
  static boolean latinOnly(String label) {
    if (label.codePoints().anyMatch(cp -> cp >= 0x3000 && cp <= 0x9FFF || cp >= 0xFF00)) {
      return false;
    }
    return Pattern.compile("[A-Za-z][A-Za-z0-9_]*")
        .matcher(label)
        .results()
        .anyMatch(m -> !PROPER_NOUNS.contains(m.group()));
  }

  /** The page's text without elements marked {@code data-values} (data from the server). */
  String textWithoutData() {
    String hide = "document.querySelectorAll('[data-values]').forEach(e => e.style.visibility = ";
    browser.script(hide + "'hidden')");
    try {
      return browser.bodyText();
    } finally {
      browser.script(hide + "'')");
    }
  }

  JsonNode get(String path) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", TestAuth.bearer(token))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  JsonNode post(String path, Object body) throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(uri(path))
                .header("Authorization", TestAuth.bearer(token))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }
}
