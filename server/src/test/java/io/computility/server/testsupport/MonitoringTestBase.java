package io.computility.server.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server as {@link FederationTestBase} has it, plus a real SMTP server (GreenMail) in the
 * test JVM on a free port, and short monitoring cycles. Tests tell their e-mails apart by the
 * recipients' domain.
 */
public abstract class MonitoringTestBase extends FederationTestBase {
  protected static final GreenMail SMTP = startSmtp();

  private static GreenMail startSmtp() {
    GreenMail g = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    g.start();
    Runtime.getRuntime().addShutdownHook(new Thread(g::stop));
    return g;
  }

  @DynamicPropertySource
  static void monitoringProperties(DynamicPropertyRegistry r) {
    r.add("spring.mail.host", () -> "127.0.0.1");
    r.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    r.add("computility.monitoring.evaluate-every", () -> "200ms");
    r.add("computility.monitoring.platform-log-flush", () -> "200ms");
    r.add("computility.monitor.history-every", () -> "200ms");
    // Report tests use fixed past dates; log retention stays at its 14-day default.
    r.add("computility.monitoring.sample-retention", () -> "3650d");
    r.add("computility.monitoring.alert-retention", () -> "3650d");
  }

  /**
   * The distinct e-mails received so far with a recipient of {@code domain}, in arrival order
   * (GreenMail keeps one copy per recipient).
   */
  protected static List<MimeMessage> mailTo(String domain) {
    Map<String, MimeMessage> byId = new LinkedHashMap<>();
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      try {
        boolean match =
            Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().endsWith("@" + domain));
        if (match) byId.putIfAbsent(m.getMessageID(), m);
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return List.copyOf(byId.values());
  }
}
