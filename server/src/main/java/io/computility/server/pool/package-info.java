/**
 * The accelerator pool of one center (POOL, seed 002): node agents, cards sliced in 1 % compute and
 * 1 MB memory steps (vGPU, virtual GPU), tasks, queue, quotas, migration and agent components.
 */
@ApplicationModule(
    displayName = "Pool",
    allowedDependencies = {
      "shared",
      "identity",
      "identity :: tenancy",
      "monitoring :: intake",
      "monitoring :: logs"
    })
package io.computility.server.pool;

import org.springframework.modulith.ApplicationModule;
