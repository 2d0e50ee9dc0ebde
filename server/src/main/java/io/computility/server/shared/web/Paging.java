package io.computility.server.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The optional page of a listing that answers a JSON array (docs/api.md, "Paging"): without {@code
 * page} and {@code size} the whole list is answered as before; with either, one page of it ({@code
 * page} from 0, {@code size} 1 to 1000, 50 by default). The number of items before paging is always
 * in {@code X-Total-Count}. {@code sort} names a field, {@code -field} for descending.
 */
public record Paging(Integer page, Integer size, String sort) {
  public static final String TOTAL = "X-Total-Count";
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 1000;

  public Paging {
    if (page != null) Check.page(page);
    if (size != null) Check.pageSize(size, MAX_SIZE);
  }

  public Paging(Integer page, Integer size) {
    this(page, size, null);
  }

  /** Whether a page was asked for (else the whole list is answered). */
  public boolean requested() {
    return page != null || size != null;
  }

  /** The page of {@code all} (sorted by {@code sort} when given); sets X-Total-Count. */
  public <T> List<T> apply(
      List<T> all, Map<String, Comparator<T>> sortable, HttpServletResponse response) {
    List<T> items = sorted(all, sortable);
    response.setHeader(TOTAL, Integer.toString(items.size()));
    if (!requested()) return items;
    int s = size == null ? DEFAULT_SIZE : size;
    int from = (int) Math.min((long) (page == null ? 0 : page) * s, items.size());
    return items.subList(from, Math.min(from + s, items.size()));
  }

  public <T> List<T> apply(List<T> all, HttpServletResponse response) {
    return apply(all, Map.of(), response);
  }

  private <T> List<T> sorted(List<T> all, Map<String, Comparator<T>> sortable) {
    if (sort == null || sort.isBlank()) return all;
    String key = sort.strip();
    boolean descending = key.startsWith("-");
    if (descending) key = key.substring(1);
    Comparator<T> by = sortable.get(key);
    if (by == null) {
      throw InvalidInputException.notOneOf(
          "sort", sortable.keySet().stream().sorted().toList(), sort);
    }
    List<T> copy = new ArrayList<>(all);
    copy.sort(descending ? by.reversed() : by);
    return copy;
  }
}
