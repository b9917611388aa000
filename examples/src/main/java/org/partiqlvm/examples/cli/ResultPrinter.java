package org.partiqlvm.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.RecordRunner;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.value.CollectionValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ion.IonValueWriter;
import org.partiqlvm.value.json.JsonValueWriter;

/**
 * Prints the CLI's results, one value per line: JSON (MISSING fields omitted, as every JSON writer
 * of the engine does) or Ion text (exact types: bags, MISSING, decimals, timestamps). What is
 * printed is held until {@link #commit()}, so that a statement whose evaluation fails part-way
 * prints none of its rows ({@link #discard()}). Per record, the rows come encoded by the shared
 * {@link RecordRunner} ({@link #encoder}), all of a record's rows or none, as in the Flink
 * operators.
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

    /**
     * The runner's encoder of {@code plan}'s rows in {@code format}: each row as the bytes of one
     * output line (the same text {@link #printRow} prints), or an empty array for the MISSING value
     * of an expression statement, which prints nothing.
     */
    static RecordRunner.Encoder<byte[]> encoder(CompiledPlan plan, InputFormat format) {
        boolean query = plan.isQuery();
        if (format == InputFormat.ION) {
            return row -> {
                Value v = query ? row.toValue() : row.getValue(0);
                return !query && v.isMissing()
                        ? NOTHING
                        : IonValueWriter.standard().toText(v).getBytes(StandardCharsets.UTF_8);
            };
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
        JsonGenerator json;
        try {
            json = JSON.createGenerator(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        json.setRootValueSeparator(new SerializedString(""));
        return row -> {
            buffer.reset();
            try {
                if (query) {
                    row.writeJson(json);
                } else if (row.getValue(0).isMissing()) {
                    return NOTHING;
                } else {
                    JsonValueWriter.standard().write(row.getValue(0), json);
                }
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return buffer.toByteArray();
        };
    }

    private static final byte[] NOTHING = new byte[0];

    /** Writes out one record's encoded rows ({@link #encoder}), one per line. */
    void printLines(List<byte[]> lines) throws IOException {
        commit();
        for (byte[] line : lines) {
            if (line.length > 0) {
                out.write(line);
                out.write('\n');
            }
        }
        out.flush();
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
