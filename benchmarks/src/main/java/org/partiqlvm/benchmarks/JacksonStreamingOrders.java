package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * The hand-fused Jackson streaming loop for workload Q5 (orders): one pass over the order keeping
 * what the statement reads in reused fields and arrays, prices as {@code BigDecimal} so the line
 * total is as exact as the engine's DECIMAL.
 */
final class JacksonStreamingOrders {

    private static final JsonFactory JSON = new JsonFactory();

    private long orderId;
    private String placedAt;
    private String status;
    private String email;
    private String tier;
    private String country;
    private int lines;
    private String[] skus = new String[8];
    private long[] qtys = new long[8];
    private boolean[] qtyIsNumber = new boolean[8];
    private BigDecimal[] prices = new BigDecimal[8];
    private long[] discounts = new long[8];

    void process(byte[] record, RowSink sink) throws IOException {
        placedAt = null;
        status = null;
        email = null;
        tier = null;
        country = null;
        lines = 0;
        try (JsonParser p = JSON.createParser(record)) {
            p.nextToken(); // START_OBJECT
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("order_id")) {
                    orderId = p.getLongValue();
                } else if (field.equals("placed_at")) {
                    placedAt = text(p, t);
                } else if (field.equals("status")) {
                    status = text(p, t);
                } else if (field.equals("customer") && t == JsonToken.START_OBJECT) {
                    readCustomer(p);
                } else if (field.equals("lines") && t == JsonToken.START_ARRAY) {
                    readLines(p);
                } else {
                    p.skipChildren();
                }
            }
        }
        if (status == null || status.equals("cancelled")) {
            return;
        }
        String lowerEmail = OrdersEtlRows.email(email);
        for (int i = 0; i < lines; i++) {
            if (qtyIsNumber[i] && qtys[i] > 0 && prices[i] != null) {
                OrdersEtlRows.write(
                        sink.json(),
                        orderId,
                        placedAt,
                        lowerEmail,
                        tier,
                        country,
                        skus[i],
                        qtys[i],
                        prices[i],
                        discounts[i]);
            }
        }
    }

    private static String text(JsonParser p, JsonToken t) throws IOException {
        return t == JsonToken.VALUE_STRING ? p.getText() : null;
    }

    private void readCustomer(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("email")) {
                email = text(p, t);
            } else if (field.equals("tier")) {
                tier = text(p, t);
            } else if (field.equals("address") && t == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String a = p.currentName();
                    JsonToken v = p.nextToken();
                    if (a.equals("country")) {
                        country = text(p, v);
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void readLines(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            if (lines == skus.length) {
                skus = Arrays.copyOf(skus, lines * 2);
                qtys = Arrays.copyOf(qtys, lines * 2);
                qtyIsNumber = Arrays.copyOf(qtyIsNumber, lines * 2);
                prices = Arrays.copyOf(prices, lines * 2);
                discounts = Arrays.copyOf(discounts, lines * 2);
            }
            skus[lines] = null;
            qtyIsNumber[lines] = false;
            prices[lines] = null;
            discounts[lines] = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("sku")) {
                    skus[lines] = text(p, t);
                } else if (field.equals("qty")) {
                    qtyIsNumber[lines] = t == JsonToken.VALUE_NUMBER_INT;
                    qtys[lines] = qtyIsNumber[lines] ? p.getLongValue() : 0;
                } else if (field.equals("unit_price") && t.isNumeric()) {
                    prices[lines] = p.getDecimalValue();
                } else if (field.equals("discount_pct") && t == JsonToken.VALUE_NUMBER_INT) {
                    discounts[lines] = p.getLongValue();
                } else {
                    p.skipChildren();
                }
            }
            lines++;
        }
    }
}
