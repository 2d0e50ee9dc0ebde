/**
 * The product catalogue: two-level categories, products of five types with their components, specs
 * and durations, the lifecycle (draft, on shelf, off shelf, enabled) and per-tenant shelving,
 * maintained in the console and by providers through the API (NET-8.3b); the marketplace's reads.
 */
package io.computility.server.market.catalogue;
