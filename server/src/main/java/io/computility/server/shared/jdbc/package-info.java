/**
 * JDBC helpers: JSON columns, timestamps, group and asynchronous commit, the nested-connection
 * guard (no query while a result set holds its connection).
 */
package io.computility.server.shared.jdbc;
