/**
 * Sign-in (password and OIDC, OpenID Connect), tokens and the principal cache, login throttling,
 * endpoint permissions and the Spring Security configuration.
 */
package io.computility.server.identity.security;
