package io.computility.server.shared.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a listing; {@code page} counts from 0. */
public record PageData<T>(
    List<T> items, long total, @Schema(description = "0-based") int page, int size) {}
