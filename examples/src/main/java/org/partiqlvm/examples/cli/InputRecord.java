package org.partiqlvm.examples.cli;

import org.partiqlvm.value.Value;

/**
 * One top-level value of the CLI's input and where it is, as the {@link RecordReader} cut it: a
 * JSON record still undecoded (its bytes, decoded by the runner as the Flink JSON codecs decode),
 * an Ion value already decoded, or a record longer than the record-size limit (neither kept).
 *
 * @param value the decoded value (Ion), or null
 * @param json the record's UTF-8 bytes (JSON), or null
 * @param size the record's size in bytes
 * @param line the 1-based line of the input the value starts on (for Ion binary: the 1-based
 *     position of the value in the stream)
 * @param endLine the 1-based line it ends on
 */
public record InputRecord(Value value, byte[] json, long size, int line, int endLine) {

    /** A decoded value on {@code line}. */
    static InputRecord decoded(Value value, int line) {
        return new InputRecord(value, null, -1, line, line);
    }

    /** True when the record was longer than the record-size limit, so neither kept nor decoded. */
    public boolean tooLarge() {
        return value == null && json == null;
    }
}
