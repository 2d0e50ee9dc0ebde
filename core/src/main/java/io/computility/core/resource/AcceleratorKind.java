package io.computility.core.resource;

/** The accelerator families JC table 2 counts separately. */
public enum AcceleratorKind {
  GPU,
  NPU,
  MLU
}
