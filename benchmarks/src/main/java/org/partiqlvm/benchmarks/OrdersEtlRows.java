package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The per-row computations of workload Q5 ({@code orders-etl.partiql}) for the hand-written Java
 * peers, with the engine's semantics: {@code TRIM} removes spaces only, the line total is exact
 * ({@code BigDecimal}) and rounded half-up to two decimals as {@code CAST(... AS DECIMAL(12, 2))}.
 */
final class OrdersEtlRows {

    private OrdersEtlRows() {}

    /** {@code LOWER(TRIM(email))}, or null for a missing or non-string email. */
    static String email(String email) {
        if (email == null) {
            return null;
        }
        int start = 0;
        int end = email.length();
        while (start < end && email.charAt(start) == ' ') {
            start++;
        }
        while (end > start && email.charAt(end - 1) == ' ') {
            end--;
        }
        return email.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** {@code UPPER(COALESCE(country, 'unknown'))}. */
    static String country(String country) {
        return (country == null ? "unknown" : country).toUpperCase(Locale.ROOT);
    }

    /** {@code CAST(qty * unitPrice * (100 - discount) / 100 AS DECIMAL(12, 2))}. */
    static BigDecimal lineTotal(long qty, BigDecimal unitPrice, long discount) {
        return unitPrice
                .multiply(BigDecimal.valueOf(qty * (100 - discount)))
                .movePointLeft(2)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Writes one output row, the columns in the statement's order. */
    static void write(
            JsonGenerator out,
            long orderId,
            String placedAt,
            String email,
            String tier,
            String country,
            String sku,
            long qty,
            BigDecimal unitPrice,
            long discount)
            throws IOException {
        out.writeStartObject();
        out.writeNumberField("order_id", orderId);
        if (placedAt != null) {
            out.writeStringField("placed_at", placedAt);
        }
        if (email != null) {
            out.writeStringField("email", email);
        }
        out.writeStringField("tier", tier == null ? "standard" : tier);
        out.writeStringField("country", country(country));
        if (sku != null) {
            out.writeStringField("sku", sku);
        }
        out.writeNumberField("qty", qty);
        out.writeNumberField("unit_price", unitPrice);
        out.writeNumberField("discount_pct", discount);
        out.writeNumberField("line_total", lineTotal(qty, unitPrice, discount));
        out.writeEndObject();
    }
}
