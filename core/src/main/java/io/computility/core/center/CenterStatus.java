package io.computility.core.center;

/** JC table 1 center status: 0 unavailable, 1 available, 2 unknown. */
public enum CenterStatus {
  UNAVAILABLE(0),
  AVAILABLE(1),
  UNKNOWN(2);

  private final int code;

  CenterStatus(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static CenterStatus ofCode(int code) {
    for (CenterStatus s : values()) if (s.code == code) return s;
    throw new IllegalArgumentException("center status must be 0, 1 or 2, was " + code);
  }
}
