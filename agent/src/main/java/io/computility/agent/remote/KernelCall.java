package io.computility.agent.remote;

import tools.jackson.databind.JsonNode;

/** Decodes a kernel call ({@code {"op":"matmul",...}}) and runs it on the slice's buffers. */
final class KernelCall {
  private KernelCall() {}

  /** Runs the kernel; answers the value of a reducing kernel, else null. */
  static Double run(RemoteSlice slice, JsonNode k) {
    String op = k.path("op").asText("");
    switch (op) {
      case "matmul" -> {
        Kernels.matmul(
            buffer(slice, k, "a"),
            buffer(slice, k, "b"),
            buffer(slice, k, "out"),
            positive(k, "n"),
            positive(k, "k"),
            positive(k, "m"));
        return null;
      }
      case "axpy" -> {
        Kernels.axpy(
            (float) k.path("alpha").asDouble(1), buffer(slice, k, "x"), buffer(slice, k, "y"));
        return null;
      }
      case "sum" -> {
        return Kernels.sum(buffer(slice, k, "x"));
      }
      default ->
          throw new IllegalArgumentException("op must be matmul, axpy or sum, was '" + op + "'");
    }
  }

  private static float[] buffer(RemoteSlice slice, JsonNode k, String field) {
    if (!k.path(field).canConvertToInt()) {
      throw new IllegalArgumentException(field + " must name a buffer");
    }
    return slice.buffer(k.path(field).asInt());
  }

  private static int positive(JsonNode k, String field) {
    int v = k.path(field).asInt(0);
    if (v < 1) throw new IllegalArgumentException(field + " must be >= 1");
    return v;
  }
}
