package io.computility.server.market.application;

/** What an application item asks for: a new order, or a change to an order held. */
public enum ItemAction {
  NEW,
  RENEW,
  RESIZE,
  TERMINATE
}
