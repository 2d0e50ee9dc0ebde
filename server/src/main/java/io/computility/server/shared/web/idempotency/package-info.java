/** Idempotency-Key handling: a repeated request answers the first answer again. */
package io.computility.server.shared.web.idempotency;
