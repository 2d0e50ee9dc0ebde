/**
 * Notices and news (公告 / 新闻; NET-8.2 资讯服务): operators write, schedule ({@code publish_at}), pin and
 * withdraw them for all tenants or selected ones; users list and read the published ones meant for
 * their tenant, each user's reads remembered.
 */
package io.computility.server.market.ticket.notice;
