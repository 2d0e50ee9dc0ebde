/**
 * The pool protocol, defined once (POOL): {@link io.computility.pool.wire.AgentProtocol}, the
 * messages between a node agent and the controller ({@code /api/v1/pool/agents}), and {@link
 * io.computility.pool.wire.PoolApi}, the shapes of the pool's REST API ({@code /api/v1/pool}).
 * Plain records shared by the server, the agent and {@code adapters/pool}; their JSON field names
 * are the record component names. No domain logic lives here.
 */
package io.computility.pool.wire;
