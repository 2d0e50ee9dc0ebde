/**
 * The cart and applications (服务申请, 我的申请): items, drafts, attachments, submit and withdraw, lists,
 * export and import; an application's approval outcome is published as {@link
 * io.computility.server.market.application.ApplicationApproved}.
 */
package io.computility.server.market.application;
