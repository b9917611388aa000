package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.Parser;

/** JSLT 0.1.14: {@code readTree}, one compiled JSLT expression giving an array of rows. */
public final class JsltContender implements Contender {

    private final ObjectMapper mapper = new ObjectMapper();
    private Expression expression;

    @Override
    public void open(Workload workload) {
        expression = Parser.compileString(jslt(workload.shape()));
    }

    /** The workload in JSLT. */
    static String jslt(Workload shape) {
        switch (shape) {
            case Q1:
                // The body is parenthesized: "let r = . [for" would read as slicing "."
                return "let r = . ([for (.items) {\"id\": $r.id, \"country\": $r.user.country,"
                        + " \"sku\": .sku, \"total\": .qty * .price} if (.qty > 0)])";
            case Q5:
                // fallback() is COALESCE; the line total is computed in whole cents (JSLT numbers
                // are doubles), which gives the exact half-up rounding of the DECIMAL(12, 2) CAST
                return "let o = . (if (is-string(.status) and .status != \"cancelled\")"
                        + " [for (.lines) {\"order_id\": $o.order_id,"
                        + " \"placed_at\": $o.placed_at,"
                        + " \"email\": lowercase(trim($o.customer.email)),"
                        + " \"tier\": fallback($o.customer.tier, \"standard\"),"
                        + " \"country\": uppercase(fallback($o.customer.address.country,"
                        + " \"unknown\")),"
                        + " \"sku\": .sku, \"qty\": .qty, \"unit_price\": .unit_price,"
                        + " \"discount_pct\": fallback(.discount_pct, 0),"
                        + " \"line_total\": round(round(.unit_price * 100) * .qty"
                        + " * (100 - fallback(.discount_pct, 0)) / 100) / 100}"
                        + " if (is-number(.qty) and .qty > 0)] else [])";
            case Q2:
                return "if (size(.items) > 0) [{\"id\": .id,"
                        + " \"total\": sum([for (.items) .qty * .price])}] else []";
            default:
                return "if (.amount > 50) [{\"id\": .id, \"country\": .user.country,"
                        + " \"amount\": .amount}] else []";
        }
    }

    @Override
    public void process(byte[] record, RowSink sink) throws Exception {
        JsonNode rows = expression.apply(mapper.readTree(record));
        for (JsonNode row : rows) {
            mapper.writeTree(sink.json(), row);
        }
    }
}
