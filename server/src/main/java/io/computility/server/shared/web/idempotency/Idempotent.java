package io.computility.server.shared.web.idempotency;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a handler method in to the {@code Idempotency-Key} header (docs/api.md): a repeat of a
 * request with the same key by the same caller returns the first answer instead of doing the work
 * again.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {}
