/**
 * The shared kit every context may use: the web envelope, paging, validation and error answers
 * ({@code web}), request limits and idempotency keys ({@code web.limits}, {@code web.idempotency}),
 * JDBC helpers and group commit ({@code jdbc}), periodic loops ({@code loop}), latency metrics
 * ({@code metrics}), configuration properties ({@code config}) and the embedded PostgreSQL of
 * {@code computility up} ({@code database}). It knows no context.
 */
@ApplicationModule(displayName = "Shared kit", type = ApplicationModule.Type.OPEN)
package io.computility.server.shared;

import org.springframework.modulith.ApplicationModule;
