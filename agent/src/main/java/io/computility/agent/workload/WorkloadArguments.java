package io.computility.agent.workload;

/** The workload's command line: {@code --memory-mb N [--seconds S] [--step-ms M]}. */
record WorkloadArguments(long memoryMb, long seconds, long stepMs) {

  static WorkloadArguments parse(String[] args) {
    long memoryMb = -1;
    long seconds = 10;
    long stepMs = 500;
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value");
      }
      long value = number(flag, args[++i]);
      switch (flag) {
        case "--memory-mb" -> memoryMb = value;
        case "--seconds" -> seconds = value;
        case "--step-ms" -> stepMs = value;
        default -> throw new IllegalArgumentException("unknown option " + flag);
      }
    }
    if (memoryMb < 0) {
      throw new IllegalArgumentException("--memory-mb is required and must be >= 0");
    }
    if (stepMs < 1) {
      throw new IllegalArgumentException("--step-ms must be >= 1");
    }
    return new WorkloadArguments(memoryMb, seconds, stepMs);
  }

  private static long number(String flag, String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " must be a whole number, was '" + text + "'");
    }
  }
}
