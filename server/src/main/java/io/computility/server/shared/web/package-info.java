/**
 * The web kit: the JC response envelope, paging, validation ({@link Check}), errors answered as
 * envelopes naming the field, and the caller as the kit sees it ({@link Caller}).
 */
package io.computility.server.shared.web;
