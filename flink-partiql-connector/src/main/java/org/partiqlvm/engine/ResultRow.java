package org.partiqlvm.engine;

import com.amazon.ion.IonWriter;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import org.partiqlvm.engine.expr.Frame;
import org.partiqlvm.value.DecimalText;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.TextValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;
import org.partiqlvm.value.ion.IonValueWriter;
import org.partiqlvm.value.json.JsonValueWriter;

/**
 * A view of the current result row, valid until the next {@link ResultStream#nextRow()}: one reused
 * object per VM, reading the VM's output slots without copying (SQLite's ResultRow).
 *
 * <p>Columns are numbered from 0. A column holding MISSING reports {@link #isMissing(int)}; when
 * the row is written as a struct (JSON, Ion, {@link #toValue()}) MISSING columns are left out.
 * Typed getters are only valid for a column of that kind ({@link #kind(int)}).
 */
public final class ResultRow {

    private final Frame frame;
    private final int[] slots;
    private final OutputSchema schema;
    private final String[] names;
    private final SerializedString[] jsonNames; // encoded once, written row after row
    private final char[] numberText = new char[DecimalText.MAX_FORMATTED_LENGTH];
    private final JsonValueWriter jsonWriter = JsonValueWriter.standard();
    private final IonValueWriter ionWriter = IonValueWriter.standard();

    ResultRow(Frame frame, int[] slots, OutputSchema schema) {
        this.frame = frame;
        this.slots = slots;
        this.schema = schema;
        this.names = schema.columnNames().toArray(new String[0]);
        this.jsonNames = new SerializedString[names.length];
        for (int i = 0; i < names.length; i++) {
            jsonNames[i] = new SerializedString(names[i]);
        }
    }

    /** The number of columns. */
    public int columnCount() {
        return slots.length;
    }

    /** The name of column {@code i}. */
    public String columnName(int i) {
        return names[i];
    }

    /** True when each row is one value (SELECT VALUE, PIVOT, a plain expression). */
    public boolean isValueRow() {
        return schema.valueRows();
    }

    /** The kind of the value in column {@code i}. */
    public ValueKind kind(int i) {
        return slot(i).kind();
    }

    /** True when column {@code i} is MISSING. */
    public boolean isMissing(int i) {
        return slot(i).isMissing();
    }

    /** True when column {@code i} is NULL. */
    public boolean isNull(int i) {
        return slot(i).isNull();
    }

    /**
     * True when column {@code i} is an INT that fits a {@code long} (so {@link #getLong} works).
     */
    public boolean isLong(int i) {
        return slot(i).isLong();
    }

    /** Column {@code i} as a {@code long}; valid for an INT that fits. */
    public long getLong(int i) {
        Slot s = slot(i);
        if (!s.isLong()) {
            throw wrongKind(i, "a 64-bit INT");
        }
        return s.getLong();
    }

    /** Column {@code i} as a {@code double}; valid for any number that fits a double. */
    public double getDouble(int i) {
        Slot s = slot(i);
        return switch (s.kind()) {
            case FLOAT -> s.getDouble();
            case INT -> s.isLong() ? s.getLong() : s.toValue().asDouble();
            case DECIMAL -> s.toValue().asDouble();
            default -> throw wrongKind(i, "a number");
        };
    }

    /** Column {@code i} as text; valid for STRING and SYMBOL. */
    public String getString(int i) {
        Slot s = slot(i);
        if (!s.kind().isText()) {
            throw wrongKind(i, "STRING or SYMBOL");
        }
        return s.getString();
    }

    /** Column {@code i} as a boolean; valid for BOOL. */
    public boolean getBoolean(int i) {
        Slot s = slot(i);
        if (s.kind() != ValueKind.BOOL) {
            throw wrongKind(i, "BOOL");
        }
        return s.getBool();
    }

    /**
     * Column {@code i} as a {@link Value} (may allocate for numbers computed at run time). A value
     * that comes from input read with value reuse ({@link Value#isReused()}) is valid until the
     * next record is read; {@link org.partiqlvm.value.ValueArena#detach} copies it to keep.
     */
    public Value getValue(int i) {
        return slot(i).toValue();
    }

    /**
     * The whole row as one value: the single value of a value row, or a struct of the columns
     * without the MISSING ones. Allocates the struct.
     */
    public Value toValue() {
        if (schema.valueRows()) {
            return slot(0).toValue();
        }
        StructValue.Builder row = StructValue.builder();
        for (int i = 0; i < slots.length; i++) {
            Slot s = slot(i);
            if (!s.isMissing()) {
                row.add(names[i], s.toValue());
            }
        }
        return row.build();
    }

    /**
     * Writes the row as one JSON value (a struct of the columns, MISSING columns left out), mapped
     * as {@link JsonValueWriter#standard()} does.
     *
     * <p>Allocates nothing for columns holding NULL, BOOL, STRING, SYMBOL or an INT that fits a
     * {@code long} (Jackson writes them from its own buffer); a FLOAT costs the {@code String}
     * Jackson formats it through, other kinds are written through their {@link Value}.
     */
    public void writeJson(JsonGenerator out) throws IOException {
        if (schema.valueRows()) {
            writeJsonColumn(slot(0), out);
            return;
        }
        out.writeStartObject();
        for (int i = 0; i < slots.length; i++) {
            Slot s = slot(i);
            if (s.isMissing()) {
                continue;
            }
            out.writeFieldName(jsonNames[i]);
            writeJsonColumn(s, out);
        }
        out.writeEndObject();
    }

    private void writeJsonColumn(Slot s, JsonGenerator out) throws IOException {
        switch (s.kind()) {
            case MISSING, NULL -> out.writeNull();
            case BOOL -> out.writeBoolean(s.getBool());
            case STRING, SYMBOL -> {
                if (s.hasChars()) { // a string computed in the VM's arena
                    out.writeString(s.textChars(), s.textStart(), s.textLength());
                } else if (s.storedValue() instanceof TextValue t && t.isCharSlice()) {
                    out.writeString(t.sliceChars(), t.sliceStart(), t.sliceLength());
                } else {
                    out.writeString(s.getString());
                }
            }
            case DECIMAL -> {
                int n =
                        s.isCompactDecimal()
                                ? DecimalText.format(s.getUnscaled(), s.getScale(), numberText)
                                : -1;
                if (n > 0) {
                    out.writeNumber(numberText, 0, n);
                } else {
                    jsonWriter.write(s.toValue(), out, numberText);
                }
            }
            case FLOAT -> {
                double d = s.getDouble();
                if (Double.isFinite(d)) {
                    out.writeNumber(d);
                } else {
                    out.writeNull(); // as JsonValueWriter.standard(): JSON has no NaN or infinity
                }
            }
            default -> {
                if (s.isLong()) {
                    out.writeNumber(s.getLong());
                } else {
                    // written as it is: a struct or list built for the row needs no copy
                    Value v = s.storedValue();
                    jsonWriter.write(v != null ? v : s.toValue(), out, numberText);
                }
            }
        }
    }

    /** Writes the row as one Ion value with exact types. */
    public void writeIon(IonWriter out) throws IOException {
        Value v = schema.valueRows() ? slot(0).storedValue() : null; // a row's own struct: no copy
        ionWriter.write(v != null ? v : toValue(), out);
    }

    private Slot slot(int i) {
        return frame.slot(slots[i]);
    }

    private IllegalStateException wrongKind(int i, String expected) {
        return new IllegalStateException(
                "column "
                        + i
                        + " ('"
                        + names[i]
                        + "') holds "
                        + slot(i).kind().displayName()
                        + ", not "
                        + expected);
    }

    @Override
    public String toString() {
        return toValue().toString();
    }
}
