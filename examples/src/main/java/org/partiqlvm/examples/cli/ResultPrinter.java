package org.partiqlvm.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
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
 * of the engine does) or Ion text (exact types: bags, MISSING, decimals, timestamps).
 */
final class ResultPrinter implements Closeable {

    private static final JsonFactory JSON = new JsonFactory();

    private final OutputStream out;
    private final JsonGenerator json;

    ResultPrinter(OutputStream out, InputFormat format) throws IOException {
        this.out = out;
        if (format == InputFormat.JSON) {
            json = JSON.createGenerator(out);
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
            out.write(IonValueWriter.standard().toText(value).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }

    private void endLine() throws IOException {
        json.flush();
        out.write('\n');
    }

    /** Flushes what was printed (the target stays open). */
    void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (json != null) {
            json.close();
        }
        out.flush();
    }
}
