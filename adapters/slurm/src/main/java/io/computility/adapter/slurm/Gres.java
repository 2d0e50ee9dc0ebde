package io.computility.adapter.slurm;

/** Reads counts out of Slurm gres strings such as {@code gpu:a100:4(S:0-1),gpu:fake:0(IDX:N/A)}. */
final class Gres {
  private Gres() {}

  /** Sum of the counts of every entry named {@code name} (any type). */
  static long count(String gres, String name) {
    if (gres == null || gres.isBlank() || gres.equals("N/A")) return 0;
    long total = 0;
    for (String entry : gres.split(",(?![^(]*\\))")) {
      String e = entry.replaceAll("\\(.*\\)", "").trim();
      if (e.startsWith("gres:")) e = e.substring(5);
      String[] p = e.split(":");
      if (p.length == 0 || !p[0].equals(name)) continue;
      String last = p[p.length - 1];
      if (p.length == 1) total += 1;
      else if (last.matches("\\d+")) total += Long.parseLong(last);
      else total += 1;
    }
    return total;
  }
}
