package io.computility.server.monitoring.alerts;

import io.computility.server.shared.config.ComputilityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends alert notices by e-mail through the SMTP server of {@code spring.mail.*}. Without one
 * configured, e-mail notices are skipped and the server log says so.
 */
@Component
public class EmailNotifier implements Notifier {
  private static final Logger LOG = LoggerFactory.getLogger(EmailNotifier.class);
  private final ObjectProvider<JavaMailSender> sender;
  private final String from;

  public EmailNotifier(ObjectProvider<JavaMailSender> sender, ComputilityProperties props) {
    this.sender = sender;
    this.from = props.monitoring().mailFrom();
  }

  @Override
  public void announce(AlertNotice n) {
    if (n.emailTo().isEmpty()) return;
    JavaMailSender mail = sender.getIfAvailable();
    if (mail == null) {
      LOG.warn(
          "alert {} not e-mailed: no SMTP server configured (spring.mail.host)", n.alert().id());
      return;
    }
    SimpleMailMessage m = new SimpleMailMessage();
    m.setFrom(from);
    m.setTo(n.emailTo().toArray(String[]::new));
    m.setSubject(n.title());
    m.setText(n.body());
    try {
      mail.send(m);
    } catch (MailException e) {
      LOG.warn("alert {} not e-mailed to {}: {}", n.alert().id(), n.emailTo(), e.getMessage());
    }
  }
}
