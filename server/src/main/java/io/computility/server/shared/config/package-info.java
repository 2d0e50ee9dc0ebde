/** The server's configuration properties ({@code computility.*}) and common beans. */
package io.computility.server.shared.config;
