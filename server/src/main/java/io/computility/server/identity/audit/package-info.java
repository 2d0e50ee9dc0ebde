/**
 * The operation and login log: an outbox drained into an SM3 hash chain with SM2-signed anchors
 * (SM2/SM3: the Chinese national public-key and hash algorithms), verification and export.
 */
package io.computility.server.identity.audit;
