package io.computility.server.market.application;

/** An upload refused for its size (413) or type (415); names the field {@code file}. */
class AttachmentRefused extends RuntimeException {
  final int status;

  AttachmentRefused(int status, String message) {
    super(message);
    this.status = status;
  }
}
