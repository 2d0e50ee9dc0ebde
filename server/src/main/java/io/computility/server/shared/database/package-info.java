/** The embedded PostgreSQL of {@code computility up}, locked down to this user and loopback. */
package io.computility.server.shared.database;
