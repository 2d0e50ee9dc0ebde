package io.computility.adapter.sim;

import io.computility.core.resource.Resources;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal's line format: fields separated by tabs; backslash, tab, CR and LF escaped as {@code
 * \\ \t \r \n}; {@code \N} stands for null. Resources are seven comma-separated numbers in JC table
 * 2 order.
 */
final class JournalCodec {
  private static final String NULL = "\\N";

  private JournalCodec() {}

  static String line(List<String> fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) b.append('\t');
      b.append(escape(fields.get(i)));
    }
    return b.append('\n').toString();
  }

  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    for (String raw : line.split("\t", -1)) out.add(unescape(raw));
    return out;
  }

  static String escape(String s) {
    if (s == null) return NULL;
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String unescape(String s) {
    if (s.equals(NULL)) return null;
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (++i == s.length()) throw new IllegalArgumentException("dangling escape");
      switch (s.charAt(i)) {
        case '\\' -> b.append('\\');
        case 't' -> b.append('\t');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        default -> throw new IllegalArgumentException("unknown escape \\" + s.charAt(i));
      }
    }
    return b.toString();
  }

  static String resources(Resources r) {
    return r.cpu()
        + ","
        + r.gpu()
        + ","
        + r.npu()
        + ","
        + r.mlu()
        + ","
        + r.memoryMb()
        + ","
        + r.storageGb()
        + ","
        + r.userDefine();
  }

  static Resources resources(String s) {
    String[] p = s.split(",", -1);
    if (p.length != 7) throw new IllegalArgumentException("resources need 7 amounts: " + s);
    long[] v = new long[7];
    for (int i = 0; i < 7; i++) v[i] = Long.parseLong(p[i]);
    return new Resources(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
  }
}
