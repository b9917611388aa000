package org.partiqlvm.examples.etl;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.json.JsonValueReader;

/** The ETL statement run by the engine directly, without Flink: what every job must write. */
public final class EngineRows {

    private EngineRows() {}

    /**
     * Adds to {@code rows} the JSON rows of every line of {@code input}, as the job writes them;
     * returns the number of malformed lines (the job's dead letters).
     */
    public static int of(Path input, List<String> rows) throws IOException {
        JsonFactory json = new JsonFactory();
        return forEachRow(
                input,
                row -> {
                    StringWriter text = new StringWriter();
                    try (JsonGenerator g = json.createGenerator(text)) {
                        row.writeJson(g);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    rows.add(text.toString());
                });
    }

    /**
     * Runs the job's statement on every line of {@code input} and hands each row to {@code action}
     * (valid only during the call); returns the number of malformed lines.
     */
    public static int forEachRow(Path input, Consumer<ResultRow> action) throws IOException {
        PartiQLVM vm = new PartiQLVM(OrdersEtlJob.compile());
        Bindings bindings = vm.newBindings();
        int malformed = 0;
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            try {
                bindings.setStreamRecord(0, JsonValueReader.standard().read(line));
            } catch (ValueDecodeException e) {
                malformed++;
                continue;
            }
            try (ResultStream result = vm.execute(bindings)) {
                for (ResultRow row = result.nextRow(); row != null; row = result.nextRow()) {
                    action.accept(row);
                }
            }
        }
        return malformed;
    }
}
