package io.computility.server.market.ticket;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English fallback titles of the market's inbox messages by display code (docs/api.md, "Display
 * strings by code"); the console translates the code itself. A code not listed here shows as the
 * code with its params.
 */
final class MessageTexts {
  private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");
  private static final Map<String, String> TITLES =
      Map.ofEntries(
          Map.entry("ticket.msg.created", "New work order #{number}: {title}"),
          Map.entry("ticket.msg.assigned", "Work order #{number} assigned to {assignee}"),
          Map.entry("ticket.msg.started", "Work order #{number} is being handled"),
          Map.entry("ticket.msg.resolved", "Work order #{number} resolved: {title}"),
          Map.entry("ticket.msg.closed", "Work order #{number} closed"),
          Map.entry("ticket.msg.reopened", "Work order #{number} reopened"),
          Map.entry("ticket.msg.commented", "New comment on work order #{number} by {actor}"),
          Map.entry("ticket.msg.approved", "Resource work order #{number} approved"),
          Map.entry("ticket.msg.rejected", "Resource work order #{number} rejected"),
          Map.entry("ticket.msg.revoked", "Resource work order #{number} revoked"),
          Map.entry("ticket.msg.overdue", "Work order #{number} is overdue: {title}"));

  private MessageTexts() {}

  static String title(String code, Map<String, Object> params) {
    String template = TITLES.get(code);
    if (template == null) return params.isEmpty() ? code : code + " " + params;
    Matcher m = PARAM.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object v = params.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : String.valueOf(v)));
    }
    return m.appendTail(out).toString();
  }
}
