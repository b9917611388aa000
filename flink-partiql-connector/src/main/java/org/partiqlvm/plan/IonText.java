package org.partiqlvm.plan;

import com.amazon.ion.IonException;
import com.amazon.ion.IonReader;
import com.amazon.ion.IonType;
import com.amazon.ion.Timestamp;
import com.amazon.ion.system.IonReaderBuilder;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.partiqlvm.syntax.ast.IonLiteral;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Reads the Ion text of a backtick literal ({@code `{a: 1.0}`}) into a {@link Value}: exactly one
 * Ion value, types mapped one to one (typed nulls keep their kind, annotations are dropped).
 *
 * <p>Temporary: to be replaced by the data model's Ion reader once it is merged.
 */
final class IonText {

    private IonText() {}

    static Value parse(IonLiteral literal, PlanningContext context) {
        try (IonReader reader = IonReaderBuilder.standard().build(literal.ionText())) {
            if (reader.next() == null) {
                throw context.error("empty Ion literal", literal.span());
            }
            Value value = read(reader);
            if (reader.next() != null) {
                throw context.error("an Ion literal must hold exactly one value", literal.span());
            }
            return value;
        } catch (IonException | IOException | ArithmeticException | IllegalArgumentException e) {
            throw context.error("invalid Ion literal: " + e.getMessage(), literal.span());
        }
    }

    private static Value read(IonReader reader) {
        IonType type = reader.getType();
        if (reader.isNullValue()) {
            return typedNull(type);
        }
        switch (type) {
            case BOOL:
                return Value.ofBool(reader.booleanValue());
            case INT:
                return Value.ofBigInteger(reader.bigIntegerValue());
            case DECIMAL:
                BigDecimal decimal = reader.bigDecimalValue();
                return Value.ofDecimal(decimal);
            case FLOAT:
                return Value.ofDouble(reader.doubleValue());
            case STRING:
                return Value.ofString(reader.stringValue());
            case SYMBOL:
                return Value.ofSymbol(reader.stringValue());
            case BLOB:
                return Value.ofBlob(reader.newBytes());
            case CLOB:
                return Value.ofClob(reader.newBytes());
            case TIMESTAMP:
                return timestamp(reader.timestampValue());
            case LIST:
            case SEXP:
            case STRUCT:
                return container(reader, type);
            default:
                throw new IllegalArgumentException("unsupported Ion type " + type);
        }
    }

    private static Value container(IonReader reader, IonType type) {
        reader.stepIn();
        if (type == IonType.STRUCT) {
            var builder = Value.structBuilder();
            while (reader.next() != null) {
                String name = reader.getFieldName();
                builder.add(name, read(reader));
            }
            reader.stepOut();
            return builder.build();
        }
        List<Value> elements = new ArrayList<>();
        while (reader.next() != null) {
            elements.add(read(reader));
        }
        reader.stepOut();
        Value[] array = elements.toArray(new Value[0]);
        return type == IonType.LIST ? Value.listOf(array) : Value.sexpOf(array);
    }

    private static Value timestamp(Timestamp ts) {
        BigDecimal seconds = ts.getDecimalSecond();
        int precision = seconds == null ? 0 : Math.max(0, Math.min(9, seconds.scale()));
        long nanos =
                seconds == null
                        ? 0
                        : seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue();
        LocalDateTime local =
                LocalDateTime.of(
                                ts.getYear(),
                                ts.getMonth(),
                                ts.getDay(),
                                ts.getHour(),
                                ts.getMinute(),
                                ts.getSecond())
                        .plusNanos(nanos);
        Integer offsetMinutes = ts.getLocalOffset();
        ZoneOffset offset =
                offsetMinutes == null ? null : ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        return Value.ofTimestamp(local, offset, precision);
    }

    private static Value typedNull(IonType type) {
        switch (type) {
            case BOOL:
                return Value.nullOf(ValueKind.BOOL);
            case INT:
                return Value.nullOf(ValueKind.INT);
            case DECIMAL:
                return Value.nullOf(ValueKind.DECIMAL);
            case FLOAT:
                return Value.nullOf(ValueKind.FLOAT);
            case STRING:
                return Value.nullOf(ValueKind.STRING);
            case SYMBOL:
                return Value.nullOf(ValueKind.SYMBOL);
            case BLOB:
                return Value.nullOf(ValueKind.BLOB);
            case CLOB:
                return Value.nullOf(ValueKind.CLOB);
            case TIMESTAMP:
                return Value.nullOf(ValueKind.TIMESTAMP);
            case LIST:
                return Value.nullOf(ValueKind.LIST);
            case SEXP:
                return Value.nullOf(ValueKind.SEXP);
            case STRUCT:
                return Value.nullOf(ValueKind.STRUCT);
            default:
                return Value.NULL;
        }
    }
}
