package org.partiqlvm.flink.table;

import java.nio.charset.StandardCharsets;
import org.apache.flink.table.api.ValidationException;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.data.StringData;
import org.apache.flink.table.data.binary.BinaryStringData;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.logical.RowType;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.flink.codec.InputCodec;
import org.partiqlvm.flink.codec.JsonBytesInputCodec;
import org.partiqlvm.flink.codec.RowDataInputCodec;
import org.partiqlvm.value.Value;

/**
 * Reads a SQL function's payload argument, by its SQL type: {@code STRING} and {@code BYTES} as
 * JSON through {@link JsonBytesInputCodec} (the byte scanner, reading only what the statement
 * observes), {@code ROW} through {@link RowDataInputCodec} (a struct of its fields), {@code
 * VARIANT} through the {@link VariantBridge}.
 */
final class PayloadCodec implements InputCodec<Object> {

    private static final long serialVersionUID = 1L;

    /** The payload's kind. */
    enum Kind {
        STRING,
        BYTES,
        ROW,
        VARIANT
    }

    private final Kind kind;
    private final JsonBytesInputCodec json;
    private final RowDataInputCodec rows;

    private transient VariantBridge variants;

    private PayloadCodec(Kind kind, RowType rowType) {
        this.kind = kind;
        this.json = kind == Kind.STRING || kind == Kind.BYTES ? new JsonBytesInputCodec() : null;
        this.rows = kind == Kind.ROW ? new RowDataInputCodec(rowType) : null;
    }

    /**
     * The kind of payloads of {@code type}.
     *
     * @throws ValidationException for another type
     */
    static Kind kindOf(LogicalType type) {
        if (VariantBridge.isVariant(type)) {
            return Kind.VARIANT;
        }
        switch (type.getTypeRoot()) {
            case CHAR:
            case VARCHAR:
                return Kind.STRING;
            case BINARY:
            case VARBINARY:
                return Kind.BYTES;
            case ROW:
                return Kind.ROW;
            default:
                throw new ValidationException(
                        "the PartiQL payload (second argument) must be STRING or BYTES (JSON),"
                                + " VARIANT or a ROW, not "
                                + type);
        }
    }

    /** A codec for payloads of {@code type}. */
    static PayloadCodec of(LogicalType type) {
        Kind kind = kindOf(type);
        return new PayloadCodec(kind, kind == Kind.ROW ? (RowType) type : null);
    }

    /** A codec for JSON messages in bytes (the format). */
    static PayloadCodec bytes() {
        return new PayloadCodec(Kind.BYTES, null);
    }

    @Override
    public void open(CompiledPlan plan) {
        if (json != null) {
            json.open(plan);
        }
        if (kind == Kind.VARIANT) {
            variants = VariantBridge.load();
        }
    }

    @Override
    public Value decode(Object record) {
        switch (kind) {
            case STRING:
                return json.decode(((StringData) record).toBytes());
            case BYTES:
                return json.decode((byte[]) record);
            case ROW:
                return rows.decode((RowData) record);
            default:
                return variants.fromVariant(record);
        }
    }

    /**
     * The payload's UTF-8 bytes (a {@code STRING}, kept as UTF-8 by Flink) or its length ({@code
     * BYTES}), as the operators' JSON codecs and the CLI count a record; -1 for a {@code ROW} or a
     * {@code VARIANT}, already decoded by Flink.
     */
    @Override
    public long sizeOf(Object record) {
        switch (kind) {
            case STRING:
                return record instanceof BinaryStringData binary
                        ? binary.getSizeInBytes()
                        : ((StringData) record).toBytes().length;
            case BYTES:
                return ((byte[]) record).length;
            default:
                return -1;
        }
    }

    @Override
    public String describe(Object record) {
        if (record instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return String.valueOf(record);
    }
}
