package io.computility.sim.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart written as a standalone SVG document: one polyline per series, linear axes with
 * ticks, a legend. Plain text output, no graphics library, so the CLI, the server and the
 * benchmarks draw the same picture. Points with a NaN coordinate are skipped.
 */
public final class LinePlot {

  private static final String[] COLOURS = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
    "#bcbd22", "#17becf"
  };
  private static final int WIDTH = 760;
  private static final int HEIGHT = 460;
  private static final int LEFT = 70;
  private static final int RIGHT = 180;
  private static final int TOP = 40;
  private static final int BOTTOM = 55;

  /** One named line: {@code x[i], y[i]} pairs. */
  public record Series(String name, double[] x, double[] y) {
    public Series {
      if (x.length != y.length) {
        throw new IllegalArgumentException("series " + name + ": x and y differ in length");
      }
    }
  }

  private final String title;
  private final String xLabel;
  private final String yLabel;
  private final List<Series> series = new ArrayList<>();
  private double xMin = Double.NaN;
  private double xMax = Double.NaN;
  private double yMin = Double.NaN;
  private double yMax = Double.NaN;

  public LinePlot(String title, String xLabel, String yLabel) {
    this.title = title;
    this.xLabel = xLabel;
    this.yLabel = yLabel;
  }

  public LinePlot add(Series s) {
    series.add(s);
    return this;
  }

  /** Fixes the axis ranges instead of fitting them to the data. */
  public LinePlot range(double x0, double x1, double y0, double y1) {
    xMin = x0;
    xMax = x1;
    yMin = y0;
    yMax = y1;
    return this;
  }

  public String toSvg() {
    double[] r = ranges();
    StringBuilder b = new StringBuilder();
    b.append(
        fmt(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d"
                + " %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            WIDTH, HEIGHT, WIDTH, HEIGHT, WIDTH, HEIGHT));
    b.append(fmt("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
    b.append(
        fmt(
            "<text x=\"%d\" y=\"22\" font-size=\"15\" text-anchor=\"middle\">%s</text>%n",
            LEFT + plotWidth() / 2, escape(title)));
    axes(b, r);
    for (int i = 0; i < series.size(); i++) {
      line(b, series.get(i), COLOURS[i % COLOURS.length], r);
      int ly = TOP + 10 + 20 * i;
      int lx = WIDTH - RIGHT + 15;
      b.append(
          fmt(
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>%n",
              lx,
              ly,
              lx + 22,
              ly,
              COLOURS[i % COLOURS.length],
              lx + 28,
              ly + 4,
              escape(series.get(i).name())));
    }
    return b.append("</svg>\n").toString();
  }

  private void axes(StringBuilder b, double[] r) {
    int x0 = LEFT;
    int y0 = TOP + plotHeight();
    b.append(
        fmt(
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#333\"/>%n",
            LEFT, TOP, plotWidth(), plotHeight()));
    double xStep = niceStep(r[1] - r[0]);
    for (double v = Math.ceil(r[0] / xStep) * xStep; v <= r[1] + 1e-9; v += xStep) {
      double px = px(v, r);
      b.append(
          fmt(
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              px, TOP, px, y0, px, y0 + 16, label(v)));
    }
    double yStep = niceStep(r[3] - r[2]);
    for (double v = Math.ceil(r[2] / yStep) * yStep; v <= r[3] + 1e-9; v += yStep) {
      double py = py(v, r);
      b.append(
          fmt(
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
              x0, py, LEFT + plotWidth(), py, x0 - 6, py + 4, label(v)));
    }
    b.append(
        fmt(
            "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
            LEFT + plotWidth() / 2, HEIGHT - 15, escape(xLabel)));
    b.append(
        fmt(
            "<text x=\"18\" y=\"%d\" text-anchor=\"middle\" transform=\"rotate(-90 18 %d)\">%s"
                + "</text>%n",
            TOP + plotHeight() / 2, TOP + plotHeight() / 2, escape(yLabel)));
  }

  private void line(StringBuilder b, Series s, String colour, double[] r) {
    StringBuilder pts = new StringBuilder();
    for (int i = 0; i < s.x().length; i++) {
      double x = s.x()[i];
      double y = s.y()[i];
      if (Double.isNaN(x) || Double.isNaN(y) || x < r[0] || x > r[1]) {
        continue;
      }
      double yc = Math.max(r[2], Math.min(r[3], y));
      pts.append(fmt("%.1f,%.1f ", px(x, r), py(yc, r)));
    }
    b.append(
        fmt(
            "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\" points=\"%s\"/>%n",
            colour, pts.toString().trim()));
  }

  private double[] ranges() {
    double[] r = {xMin, xMax, yMin, yMax};
    if (!Double.isNaN(xMin)) {
      return r;
    }
    r = new double[] {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
    for (Series s : series) {
      for (int i = 0; i < s.x().length; i++) {
        if (!Double.isNaN(s.x()[i]) && !Double.isNaN(s.y()[i])) {
          r[0] = Math.min(r[0], s.x()[i]);
          r[1] = Math.max(r[1], s.x()[i]);
          r[2] = Math.min(r[2], s.y()[i]);
          r[3] = Math.max(r[3], s.y()[i]);
        }
      }
    }
    if (r[0] > r[1]) {
      return new double[] {0, 1, 0, 1};
    }
    if (r[1] == r[0]) {
      r[1] = r[0] + 1;
    }
    if (r[3] == r[2]) {
      r[3] = r[2] + 1;
    }
    return r;
  }

  static double niceStep(double span) {
    double raw = span / 8;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double n = raw / mag;
    return (n < 1.5 ? 1 : n < 3.5 ? 2 : n < 7.5 ? 5 : 10) * mag;
  }

  private double px(double x, double[] r) {
    return LEFT + (x - r[0]) / (r[1] - r[0]) * plotWidth();
  }

  private double py(double y, double[] r) {
    return TOP + plotHeight() - (y - r[2]) / (r[3] - r[2]) * plotHeight();
  }

  private static int plotWidth() {
    return WIDTH - LEFT - RIGHT;
  }

  private static int plotHeight() {
    return HEIGHT - TOP - BOTTOM;
  }

  private static String label(double v) {
    return Math.abs(v - Math.rint(v)) < 1e-9 ? fmt("%.0f", v) : fmt("%.2f", v);
  }

  private static String fmt(String f, Object... args) {
    return String.format(Locale.ROOT, f, args);
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
