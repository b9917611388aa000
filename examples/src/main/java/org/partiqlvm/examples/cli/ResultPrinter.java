package org.partiqlvm.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.value.CollectionValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueWriter;
import org.partiqlvm.value.json.JsonValueWriter;

/**
 * Prints the CLI's results, one value per line: JSON (MISSING fields omitted, as every JSON writer
 * of the engine does) or Ion text (exact types: bags, MISSING, decimals, timestamps). What is
 * printed is held until {@link #commit()}, so that a record whose evaluation fails part-way prints
 * none of its rows ({@link #discard()}), as the Flink operators emit a record's rows all or none.
 */
final class ResultPrinter implements Closeable {

    private static final JsonFactory JSON = new JsonFactory();

    private final OutputStream out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream(4096);
    private final JsonGenerator json;

    ResultPrinter(OutputStream out, InputFormat format) throws IOException {
        this.out = out;
        if (format == InputFormat.JSON) {
            json = JSON.createGenerator(pending);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setRootValueSeparator(new SerializedString(""));
        } else {
            json = null;
        }
    }

    /** Prints one result row. */
    void printRow(ResultRow row) throws IOException {
        if (json != null) {
            row.writeJson(json);
            endLine();
        } else {
            printValue(row.toValue());
        }
    }

    /** Prints a statement's whole result: a collection one element per line, else one line. */
    void printResult(Value result) throws IOException {
        if (result instanceof CollectionValue collection) {
            for (int i = 0; i < collection.size(); i++) {
                printValue(collection.get(i));
            }
        } else {
            printValue(result);
        }
    }

    /** Prints one value on a line of its own. */
    void printValue(Value value) throws IOException {
        if (json != null) {
            JsonValueWriter.standard().write(value, json);
            endLine();
        } else {
            pending.write(IonValueWriter.standard().toText(value).getBytes(StandardCharsets.UTF_8));
            pending.write('\n');
        }
    }

    private void endLine() throws IOException {
        json.flush();
        pending.write('\n');
    }

    /** Writes out what was printed since the last commit or discard. */
    void commit() throws IOException {
        pending.writeTo(out);
        pending.reset();
        out.flush();
    }

    /** Drops what was printed since the last commit or discard. */
    void discard() throws IOException {
        if (json != null) {
            json.flush();
        }
        pending.reset();
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.flush();
        }
        commit();
    }
}
