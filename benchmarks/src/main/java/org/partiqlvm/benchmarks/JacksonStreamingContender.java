package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * The practical limit: a loop hand-fused for each query over Jackson's streaming parser, keeping
 * only what the query needs in reused fields and arrays, skipping every other field, with double
 * arithmetic. What a careful engineer writes for one fixed query. Q5 (orders) reads another shape:
 * {@link JacksonStreamingOrders}, with exact decimals.
 */
public final class JacksonStreamingContender implements Contender {

    private static final JsonFactory JSON = new JsonFactory();

    private Workload shape;
    private long id;
    private String country;
    private double amount;
    private int items;
    private String[] skus = new String[8];
    private long[] qtys = new long[8];
    private double[] prices = new double[8];
    private final JacksonStreamingOrders orders = new JacksonStreamingOrders();

    @Override
    public void open(Workload workload) {
        shape = workload.shape();
    }

    @Override
    public void process(byte[] record, RowSink sink) throws IOException {
        if (shape == Workload.Q5) {
            orders.process(record, sink);
            return;
        }
        country = null;
        items = 0;
        try (JsonParser p = JSON.createParser(record)) {
            p.nextToken(); // START_OBJECT
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("id")) {
                    id = p.getLongValue();
                } else if (field.equals("user") && t == JsonToken.START_OBJECT) {
                    readUser(p);
                } else if (field.equals("amount")) {
                    amount = p.getDoubleValue();
                } else if (field.equals("items")
                        && t == JsonToken.START_ARRAY
                        && shape != Workload.Q3) {
                    readItems(p);
                } else {
                    p.skipChildren();
                }
            }
        }
        JsonGenerator out = sink.json();
        switch (shape) {
            case Q1:
                for (int i = 0; i < items; i++) {
                    if (qtys[i] > 0) {
                        out.writeStartObject();
                        out.writeNumberField("id", id);
                        if (country != null) {
                            out.writeStringField("country", country);
                        }
                        out.writeStringField("sku", skus[i]);
                        out.writeNumberField("total", qtys[i] * prices[i]);
                        out.writeEndObject();
                    }
                }
                break;
            case Q2:
                if (items > 0) {
                    double total = 0;
                    for (int i = 0; i < items; i++) {
                        total += qtys[i] * prices[i];
                    }
                    out.writeStartObject();
                    out.writeNumberField("id", id);
                    out.writeNumberField("total", total);
                    out.writeEndObject();
                }
                break;
            default:
                if (amount > 50) {
                    out.writeStartObject();
                    out.writeNumberField("id", id);
                    if (country != null) {
                        out.writeStringField("country", country);
                    }
                    out.writeNumberField("amount", amount);
                    out.writeEndObject();
                }
        }
    }

    private void readUser(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("country")) {
                country = p.getText();
            } else {
                p.skipChildren();
            }
        }
    }

    private void readItems(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.START_OBJECT) {
            if (items == skus.length) {
                skus = java.util.Arrays.copyOf(skus, items * 2);
                qtys = java.util.Arrays.copyOf(qtys, items * 2);
                prices = java.util.Arrays.copyOf(prices, items * 2);
            }
            skus[items] = null;
            qtys[items] = 0;
            prices[items] = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("sku")) {
                    skus[items] = p.getText();
                } else if (field.equals("qty")) {
                    qtys[items] = p.getLongValue();
                } else if (field.equals("price")) {
                    prices[items] = p.getDoubleValue();
                } else {
                    p.skipChildren();
                }
            }
            items++;
        }
    }
}
