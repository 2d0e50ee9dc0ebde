/**
 * Centers: the registry of adapters, the center monitor, the topology file, the catalogue (specs,
 * images, datasets) with its cache, and the parent tier (a federation of federations).
 */
package io.computility.server.federation.center;
