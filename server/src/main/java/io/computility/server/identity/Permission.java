package io.computility.server.identity;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The permission codes endpoints are guarded by: menus hold pages, pages hold buttons. A page code
 * ends in {@code :read}; a role holding a button code needs its page too. Read-only roles hold only
 * page and menu codes.
 *
 * @param code what endpoints and roles name, e.g. {@code job:submit}
 * @param kind MENU, PAGE or BUTTON
 * @param parent the menu of a page, the page of a button; null for a menu
 * @param side PLATFORM when only platform-side roles may hold it
 */
public record Permission(String code, Kind kind, String parent, Side side) {

  /** Granularity of a permission (CMP menu / page / button). */
  public enum Kind {
    MENU,
    PAGE,
    BUTTON
  }

  /** Platform-side permissions manage the platform itself; tenant-side ones a tenant's data. */
  public enum Side {
    PLATFORM,
    TENANT
  }

  public boolean readOnly() {
    return kind != Kind.BUTTON;
  }

  static Permission menu(String code, Side side) {
    return new Permission(code, Kind.MENU, null, side);
  }

  static Permission page(String code, String menu, Side side) {
    return new Permission(code, Kind.PAGE, menu, side);
  }

  static Permission button(String code, String page, Side side) {
    return new Permission(code, Kind.BUTTON, page, side);
  }

  /** Indexes a catalogue by code. */
  static Map<String, Permission> byCode(List<Permission> all) {
    return all.stream().collect(Collectors.toMap(Permission::code, Function.identity()));
  }
}
