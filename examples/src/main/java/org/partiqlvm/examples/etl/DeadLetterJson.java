package org.partiqlvm.examples.etl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.flink.api.common.functions.MapFunction;
import org.partiqlvm.flink.DeadLetter;

/** Formats a {@link DeadLetter} as one line of JSON for the dead-letter files. */
public final class DeadLetterJson implements MapFunction<DeadLetter, String> {

    private static final long serialVersionUID = 1L;
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String map(DeadLetter letter) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("errorType", letter.errorType);
            g.writeStringField("message", letter.message);
            if (letter.line != null) {
                g.writeNumberField("line", letter.line);
                g.writeNumberField("column", letter.column);
            }
            g.writeStringField("record", letter.record);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
