package org.partiqlvm.examples.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.java.tuple.Tuple2;

/** Formats an alert, (rule id, row as JSON), as the line {@code {"rule": ID, "row": ROW}}. */
public final class AlertJson implements MapFunction<Tuple2<String, String>, String> {

    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String map(Tuple2<String, String> alert) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("rule", alert.f0);
            g.writeFieldName("row");
            g.writeRawValue(alert.f1);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
