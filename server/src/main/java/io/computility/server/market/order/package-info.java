/**
 * Orders and the resources they provision (seed 003 我的订单, 订单管理, 我的资源; NET-8.3c, CMP-ops,
 * CMP-aipool). An approved application item becomes one order ({@link
 * io.computility.server.market.order.ApprovedItems}); the order table is the provisioning outbox
 * that {@link io.computility.server.market.order.ProvisioningLoop} works off: a quota grant on a
 * federation center, a reserved vGPU (virtual GPU) slice on the platform's pool, an API key of a
 * model service, or a manual fulfilment (a work order). Expiry, renewal, resizing and termination
 * change and release what was provisioned. {@link io.computility.server.market.order.OrderBook} is
 * what demand matching uses to turn an accepted offer into an order.
 */
package io.computility.server.market.order;
