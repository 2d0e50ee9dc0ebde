package io.computility.server.market.application;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of application attachments, under {@code computility.market.attachments}.
 *
 * @param maxSize largest file; larger ones answer 413 naming {@code file}
 * @param types allowed file name extensions; others answer 415 naming {@code file}
 */
@ConfigurationProperties("computility.market.attachments")
record AttachmentSettings(
    @DefaultValue("10MB") DataSize maxSize,
    @DefaultValue({
          "pdf", "png", "jpg", "jpeg", "gif", "txt", "csv", "doc", "docx", "xls", "xlsx", "zip"
        })
        List<String> types) {

  /** The content type served for an extension. */
  static final Map<String, String> CONTENT_TYPES =
      Map.ofEntries(
          Map.entry("pdf", "application/pdf"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("txt", "text/plain;charset=UTF-8"),
          Map.entry("csv", "text/csv;charset=UTF-8"),
          Map.entry("doc", "application/msword"),
          Map.entry(
              "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
          Map.entry("xls", "application/vnd.ms-excel"),
          Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
          Map.entry("zip", "application/zip"));

  /** Types a browser may show inline (preview): images, PDF and text. */
  static boolean previewable(String contentType) {
    return contentType.startsWith("image/")
        || contentType.equals("application/pdf")
        || contentType.startsWith("text/");
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }

  static String contentType(String extension) {
    return CONTENT_TYPES.getOrDefault(extension, "application/octet-stream");
  }
}
