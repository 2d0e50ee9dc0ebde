package io.computility.server.market.application;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * An attachment without its content.
 *
 * @param id attachment id
 * @param name file name
 * @param contentType its type (from the allow-list)
 * @param size bytes
 * @param sha256 hex SHA-256 of the content
 * @param createdAt uploaded
 */
public record AttachmentView(
    String id,
    String name,
    @JsonProperty("content_type") String contentType,
    long size,
    String sha256,
    @JsonProperty("created_at") Instant createdAt) {}
