package io.computility.agent.remote;

/**
 * The compute kernels a remote slice executes on its buffers. On a fake card they run on the
 * serving node's CPU; the point is where they run and how they are metered, not their speed.
 */
final class Kernels {
  private Kernels() {}

  /** {@code out[n x m] = a[n x k] · b[k x m]}, row-major, accumulated in double in k order. */
  static void matmul(float[] a, float[] b, float[] out, int n, int k, int m) {
    check(a.length >= n * k && b.length >= k * m && out.length >= n * m, "matmul shapes");
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        double acc = 0;
        for (int p = 0; p < k; p++) acc += (double) a[i * k + p] * b[p * m + j];
        out[i * m + j] = (float) acc;
      }
    }
  }

  /** {@code y = alpha * x + y} over the shorter of the two. */
  static void axpy(float alpha, float[] x, float[] y) {
    int n = Math.min(x.length, y.length);
    for (int i = 0; i < n; i++) y[i] += alpha * x[i];
  }

  /** Sum of the buffer in double, in index order. */
  static double sum(float[] x) {
    double s = 0;
    for (float v : x) s += v;
    return s;
  }

  private static void check(boolean ok, String what) {
    if (!ok) throw new IllegalArgumentException(what + " do not fit the buffers");
  }
}
