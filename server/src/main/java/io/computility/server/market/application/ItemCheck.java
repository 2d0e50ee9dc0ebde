package io.computility.server.market.application;

/**
 * A veto on application items, for the parts that own what an item refers to: the order part
 * implements it as a bean to refuse a RENEW, RESIZE or TERMINATE item whose order the applicant
 * does not hold. Called for every item when an application is saved and when it is submitted;
 * refuse by throwing an {@link io.computility.server.shared.web.ApiException} naming {@code field}.
 */
public interface ItemCheck {

  /**
   * @param tenantId the applicant's tenant
   * @param applicantId the applicant
   * @param item the item, its shape already valid
   * @param field the JSON path of the item ({@code items[2]}) for the refusal to name
   */
  void check(String tenantId, String applicantId, ItemView item, String field);
}
