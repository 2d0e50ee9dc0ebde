/**
 * The federation (JC, the scheduling layer of a computing-power network, NET): many compute centers
 * behind one queue and one scheduler. Parts: {@code job} (submission, the JC job API, job state and
 * stores), {@code scheduling} (policies, the scheduling loop, dispatch, decisions), {@code center}
 * (center registry and monitor, topology file, catalogue of specs, images and datasets, the parent
 * tier) and {@code simulation} (policy comparison runs). JC is the scheduling-layer standard's
 * job-centre API (appendix A of seed 001); NET is the network standard.
 */
@ApplicationModule(
    displayName = "Federation",
    allowedDependencies = {"shared", "identity", "identity :: tenancy", "monitoring :: intake"})
package io.computility.server.federation;

import org.springframework.modulith.ApplicationModule;
