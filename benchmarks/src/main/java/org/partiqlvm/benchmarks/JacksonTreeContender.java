package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Jackson {@code readTree} plus hand-written Java per query: the common way to do it. */
public final class JacksonTreeContender implements Contender {

    private final ObjectMapper mapper = new ObjectMapper();
    private Workload shape;

    @Override
    public void open(Workload workload) {
        shape = workload.shape();
    }

    @Override
    public void process(byte[] record, RowSink sink) throws IOException {
        JsonNode r = mapper.readTree(record);
        JsonGenerator out = sink.json();
        if (shape == Workload.Q5) {
            orders(r, out);
            return;
        }
        long id = r.path("id").asLong();
        JsonNode country = r.path("user").path("country");
        switch (shape) {
            case Q1:
                for (JsonNode i : r.path("items")) {
                    long qty = i.path("qty").asLong();
                    if (qty > 0) {
                        out.writeStartObject();
                        out.writeNumberField("id", id);
                        if (country.isTextual()) {
                            out.writeStringField("country", country.textValue());
                        }
                        out.writeStringField("sku", i.path("sku").asText());
                        out.writeNumberField("total", qty * i.path("price").asDouble());
                        out.writeEndObject();
                    }
                }
                break;
            case Q2:
                JsonNode items = r.path("items");
                if (items.size() > 0) {
                    double total = 0;
                    for (JsonNode i : items) {
                        total += i.path("qty").asLong() * i.path("price").asDouble();
                    }
                    out.writeStartObject();
                    out.writeNumberField("id", id);
                    out.writeNumberField("total", total);
                    out.writeEndObject();
                }
                break;
            default:
                double amount = r.path("amount").asDouble();
                if (amount > 50) {
                    out.writeStartObject();
                    out.writeNumberField("id", id);
                    if (country.isTextual()) {
                        out.writeStringField("country", country.textValue());
                    }
                    out.writeNumberField("amount", amount);
                    out.writeEndObject();
                }
        }
    }

    /** Q5: {@code orders-etl.partiql} over the tree, exact decimals as the engine's. */
    private static void orders(JsonNode o, JsonGenerator out) throws IOException {
        JsonNode status = o.path("status");
        if (!status.isTextual() || status.textValue().equals("cancelled")) {
            return;
        }
        JsonNode customer = o.path("customer");
        String email = OrdersEtlRows.email(text(customer.path("email")));
        String tier = text(customer.path("tier"));
        String country = text(customer.path("address").path("country"));
        for (JsonNode l : o.path("lines")) {
            JsonNode qty = l.path("qty");
            JsonNode price = l.path("unit_price");
            if (qty.isIntegralNumber() && qty.longValue() > 0 && price.isNumber()) {
                JsonNode discount = l.path("discount_pct");
                OrdersEtlRows.write(
                        out,
                        o.path("order_id").asLong(),
                        text(o.path("placed_at")),
                        email,
                        tier,
                        country,
                        text(l.path("sku")),
                        qty.longValue(),
                        price.decimalValue(),
                        discount.isIntegralNumber() ? discount.longValue() : 0);
            }
        }
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : null;
    }
}
