package io.computility.server.pool;

import io.computility.server.console.Browser;
import io.computility.server.testsupport.TestAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * The pool's browser tests: one headless Chromium per class, signed in as the admin once the
 * subclass has started its agents, switched to English before each test and photographed after it.
 */
abstract class PoolBrowserTestBase extends PoolE2eBase {
  Browser browser;

  /** Starts the browser signed in as the admin; call from the subclass's {@code @BeforeAll}. */
  void openBrowserAsAdmin() throws Exception {
    browser = new Browser(port);
    browser.signIn(TestAuth.ADMIN, TestAuth.ADMIN_PASSWORD);
  }

  @BeforeEach
  void english() {
    browser.open("/");
    browser.find("lang-en").click();
    browser.untilText("page-title", "Overview");
  }

  @AfterEach
  void screenshot(TestInfo test) throws Exception {
    browser.screenshotAfter(test);
  }

  @AfterAll
  void closeBrowser() throws Exception {
    browser.close();
  }
}
