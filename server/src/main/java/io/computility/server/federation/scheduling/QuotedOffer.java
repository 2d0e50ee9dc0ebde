package io.computility.server.federation.scheduling;

import io.computility.core.resource.Resources;
import java.math.BigDecimal;
import org.springframework.modulith.NamedInterface;

/**
 * One center's answer to a demand: the resource spec it would run (and what one instance of it
 * holds), its price (per instance-hour and in total, exact), the energy it would draw, its relative
 * performance and the final score the policy's weighted strategies gave it (0..100, formula 2), as
 * the scheduler would rank it.
 */
@NamedInterface("quotes")
public record QuotedOffer(
    String centerId,
    String region,
    String specId,
    Resources perInstance,
    BigDecimal pricePerHour,
    BigDecimal totalPrice,
    BigDecimal energyKwh,
    double performance,
    double score) {}
