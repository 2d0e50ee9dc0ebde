package io.computility.server.market.application;

import io.computility.server.identity.AuthUser;
import io.computility.server.identity.CurrentUser;
import io.computility.server.shared.web.Check;
import io.computility.server.shared.web.ConflictException;
import io.computility.server.shared.web.Envelope;
import io.computility.server.shared.web.ErrorCodes;
import io.computility.server.shared.web.ErrorDetail;
import io.computility.server.shared.web.ErrorReason;
import io.computility.server.shared.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of an application: upload (size limit and type allow-list), list, download or preview
 * (images, PDF and text inline), delete. Stored in PostgreSQL with a SHA-256 that every download
 * checks.
 */
@RestController
@RequestMapping("/api/v1/market/applications/{applicationId}/attachments")
@Tag(name = "Market applications")
public class AttachmentController {
  private static final Set<String> CHANGEABLE = Set.of("DRAFT", "IN_APPROVAL");
  private final AttachmentStore store;
  private final ApplicationAccess access;
  private final AttachmentSettings settings;
  private final Clock clock;

  AttachmentController(
      AttachmentStore store, ApplicationAccess access, AttachmentSettings settings, Clock clock) {
    this.store = store;
    this.access = access;
    this.settings = settings;
    this.clock = clock;
  }

  @PostMapping
  @Operation(summary = "Upload an attachment (multipart field file) to my application")
  @Transactional
  public ResponseEntity<Envelope<AttachmentView>> upload(
      @PathVariable String applicationId,
      @RequestParam(name = "file", required = false) MultipartFile file)
      throws IOException {
    AuthUser me = CurrentUser.get();
    ApplicationRow a = access.own(me, applicationId);
    if (!CHANGEABLE.contains(a.state())) {
      throw new ConflictException("state", a.number() + " is " + a.state());
    }
    if (file == null || file.isEmpty()) throw Check.bad("file", "is required and not empty");
    String name = name(file.getOriginalFilename());
    String ext = AttachmentSettings.extension(name);
    if (!settings.types().contains(ext)) {
      throw new AttachmentRefused(415, "type ." + ext + " is not one of " + settings.types());
    }
    if (file.getSize() > settings.maxSize().toBytes()) {
      throw new AttachmentRefused(413, "is larger than " + settings.maxSize().toBytes() + " bytes");
    }
    if (store.count(a.id()) >= AttachmentStore.MAX_PER_APPLICATION) {
      throw new ConflictException("file", "at most " + AttachmentStore.MAX_PER_APPLICATION);
    }
    byte[] bytes = file.getBytes();
    AttachmentView v =
        new AttachmentView(
            "att-" + UUID.randomUUID(),
            name,
            AttachmentSettings.contentType(ext),
            bytes.length,
            sha256(bytes),
            clock.instant());
    store.insert(a.id(), v, bytes, me.userId());
    return ResponseEntity.status(201).body(Envelope.created(v));
  }

  @GetMapping
  @Operation(summary = "The attachments of an application")
  public Envelope<List<AttachmentView>> list(@PathVariable String applicationId) {
    return Envelope.ok(store.list(access.visible(CurrentUser.get(), applicationId).id()));
  }

  @GetMapping("/{attachmentId}")
  @Operation(summary = "Download an attachment; inline=true previews images, PDF and text")
  public ResponseEntity<byte[]> download(
      @PathVariable String applicationId,
      @PathVariable String attachmentId,
      @RequestParam(required = false) Boolean inline) {
    ApplicationRow a = access.visible(CurrentUser.get(), applicationId);
    AttachmentStore.Content c =
        store
            .content(a.id(), Check.id(attachmentId, "attachment_id"))
            .orElseThrow(() -> new NotFoundException("attachment_id", "no attachment"));
    if (!sha256(c.bytes()).equals(c.view().sha256())) {
      throw new ConflictException("attachment_id", "the stored file fails its checksum");
    }
    boolean show =
        Boolean.TRUE.equals(inline) && AttachmentSettings.previewable(c.view().contentType());
    ContentDisposition d =
        (show ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(c.view().name(), java.nio.charset.StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, d.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'")
        .header("X-Checksum-SHA256", c.view().sha256())
        .contentType(MediaType.parseMediaType(c.view().contentType()))
        .body(c.bytes());
  }

  @DeleteMapping("/{attachmentId}")
  @Operation(summary = "Delete an attachment of my application")
  public Envelope<Void> delete(
      @PathVariable String applicationId, @PathVariable String attachmentId) {
    ApplicationRow a = access.own(CurrentUser.get(), applicationId);
    if (!CHANGEABLE.contains(a.state())) {
      throw new ConflictException("state", a.number() + " is " + a.state());
    }
    if (store.delete(a.id(), Check.id(attachmentId, "attachment_id")) == 0) {
      throw new NotFoundException("attachment_id", "no attachment " + attachmentId);
    }
    return Envelope.ok(null);
  }

  @ExceptionHandler(AttachmentRefused.class)
  ResponseEntity<Envelope<Void>> refused(AttachmentRefused e) {
    ErrorReason reason = e.status == 413 ? ErrorReason.PAYLOAD_TOO_LARGE : ErrorReason.UNSUPPORTED;
    return ResponseEntity.status(e.status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Envelope.error(
                e.status,
                ErrorCodes.forStatus(e.status),
                ErrorCodes.fieldMessage("file", e.getMessage()),
                ErrorDetail.of(reason, "file")));
  }

  static String name(String original) {
    String n = original == null ? "" : original.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
    if (n.isEmpty()) throw Check.bad("file", "needs a file name");
    return Check.maxChars(n, "file", 255);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
