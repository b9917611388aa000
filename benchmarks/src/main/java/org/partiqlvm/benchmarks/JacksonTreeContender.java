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
}
