package org.partiqlvm.flink.table;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.UUID;
import org.apache.flink.core.fs.FSDataOutputStream;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.partiqlvm.flink.DeadLetter;

/**
 * One subtask's dead letters as JSON lines in a file of its own, {@code
 * partiql-dead-letters-<uuid>.jsonl} in a directory on any Flink file system. The file is created
 * with the first dead letter and each line is flushed as it is written. A line holds {@code record}
 * (the message as UTF-8 text), {@code recordBase64} (the raw bytes, for byte input), {@code
 * message}, {@code errorType}, {@code line}, {@code column} (when known), {@code query} and {@code
 * queryId}.
 */
final class DeadLetterFile implements AutoCloseable {

    private static final JsonFactory JSON = new JsonFactory();

    private final Path directory;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(512);
    private FSDataOutputStream out;

    DeadLetterFile(String directory) {
        this.directory = new Path(directory);
    }

    /** Appends {@code letter}; {@code raw} is the message's bytes, or null. */
    void write(DeadLetter letter, byte[] raw) {
        try {
            if (out == null) {
                Path file =
                        new Path(directory, "partiql-dead-letters-" + UUID.randomUUID() + ".jsonl");
                FileSystem fs = file.getFileSystem();
                fs.mkdirs(directory);
                out = fs.create(file, FileSystem.WriteMode.NO_OVERWRITE);
            }
            line.reset();
            try (JsonGenerator g = JSON.createGenerator(line)) {
                g.writeStartObject();
                g.writeStringField("record", letter.record);
                if (raw != null) {
                    g.writeStringField("recordBase64", Base64.getEncoder().encodeToString(raw));
                }
                g.writeStringField("message", letter.message);
                g.writeStringField("errorType", letter.errorType);
                if (letter.line != null) {
                    g.writeNumberField("line", letter.line);
                }
                if (letter.column != null) {
                    g.writeNumberField("column", letter.column);
                }
                g.writeStringField("query", letter.query);
                g.writeStringField("queryId", letter.queryId);
                g.writeEndObject();
            }
            line.write('\n');
            line.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a dead letter to " + directory, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }
}
