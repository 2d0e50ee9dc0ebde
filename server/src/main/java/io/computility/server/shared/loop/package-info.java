/** Periodic background loops on daemon threads. */
package io.computility.server.shared.loop;
