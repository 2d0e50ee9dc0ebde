/**
 * Pricing of seed 001 §7.5 (计量计费, metering and billing) and seed 003 计费策略 (price plans): the pure,
 * framework-free calculations the billing context of issue 17 builds on. Nothing here stores,
 * meters or bills; the billing context (metering, rating, bills, API, console) is not built yet and
 * will call {@link io.computility.core.billing.Quote} and {@link
 * io.computility.core.billing.Proration} from the server.
 *
 * <p>The model, in the order a price is found:
 *
 * <ul>
 *   <li>{@link io.computility.core.billing.Money}: an exact decimal with a currency. A record of
 *       our own instead of JSR 354 (Java Money API, {@code javax.money}) with Moneta: core needs
 *       only add, subtract, multiply, one division and one rounding, and {@code javax.money} is a
 *       {@code javax.*} group that core's enforcer rule bans. Currencies never mix ({@link
 *       io.computility.core.billing.CurrencyMismatchException}).
 *   <li>{@link io.computility.core.billing.PricePlan}: a price per product, component or component
 *       spec, for one tenant or the default, in one {@link io.computility.core.billing.BillingMode}
 *       and {@link io.computility.core.billing.PriceUnit}; {@link
 *       io.computility.core.billing.PlanValidator} lists its problems by field path.
 *   <li>{@link io.computility.core.billing.TieredPrice}: tiers {@code (from, to]} of a continuous
 *       quantity, priced GRADUATED or VOLUME.
 *   <li>{@link io.computility.core.billing.ProrationRule} and {@link
 *       io.computility.core.billing.Proration}: the daily price of a monthly or yearly price, used
 *       for the part of a calendar period a subscription covers.
 *   <li>{@link io.computility.core.billing.PlanResolver} (tenant plan over default) and {@link
 *       io.computility.core.billing.Discounts} (percentages, then fixed amounts).
 *   <li>{@link io.computility.core.billing.Quote}: usage × plan → lines that show every step.
 * </ul>
 *
 * <p>Rounding happens once: amounts keep full precision through rating (exact for +, −, ×; the one
 * division of proration at 34 significant digits, {@link java.math.MathContext#DECIMAL128}) and are
 * rounded to 0.01 half-up at the bill line ({@link
 * io.computility.core.billing.Money#roundedForBill()}). docs/billing.md has worked examples.
 */
package io.computility.core.billing;
