package io.computility.server.market.catalogue;

/** What an operator does to a product: put it on or off the shelf, enable or disable it. */
enum LifecycleAction {
  SHELVE,
  UNSHELVE,
  ENABLE,
  DISABLE
}
