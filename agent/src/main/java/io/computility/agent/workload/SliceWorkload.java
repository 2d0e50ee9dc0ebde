package io.computility.agent.workload;

/** The bundled test workload; see docs/agent-devices.md. */
public final class SliceWorkload {

  private SliceWorkload() {}

  public static void main(String[] args) {
    System.out.println("usage memory_mb=0 core_percent=0");
  }
}
