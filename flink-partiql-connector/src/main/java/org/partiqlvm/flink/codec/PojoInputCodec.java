package org.partiqlvm.flink.codec;

import java.lang.reflect.Array;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.BagValue;
import org.partiqlvm.value.JavaValues;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Reads a POJO as a struct of its properties (public fields and getters, by name, sorted as Flink's
 * POJO type sorts them). Property values map recursively: nested POJOs become structs, maps
 * structs, lists and arrays lists, other collections bags, enums their name, null NULL, and scalars
 * as {@link JavaValues#fromJava} maps them. Each class is inspected once per subtask.
 *
 * @param <T> the POJO class
 */
@PublicEvolving
public final class PojoInputCodec<T> implements InputCodec<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private transient Map<Class<?>, PojoShape> shapes;

    /** A codec for records of class {@code type}. */
    public PojoInputCodec(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /** Decoding does not depend on the plan, so one decode serves every query. */
    @Override
    public boolean openShared(List<CompiledPlan> plans) {
        return true;
    }

    @Override
    public Value decode(T record) {
        if (record == null) {
            throw new ValueDecodeException("null record");
        }
        if (shapes == null) {
            shapes = new HashMap<>();
        }
        try {
            return toValue(record, 0);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ValueDecodeException(
                    "cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private Value toValue(Object o, int depth) {
        if (depth > 64) {
            throw new IllegalArgumentException("nested more than 64 levels deep (a cycle?)");
        }
        if (o == null
                || o instanceof CharSequence
                || o instanceof Number
                || o instanceof Boolean
                || o instanceof Character
                || o instanceof byte[]
                || o instanceof Temporal
                || o instanceof TemporalAmount
                || o instanceof Value) {
            return JavaValues.fromJava(o);
        }
        if (o instanceof Enum<?> e) {
            return Value.ofString(e.name());
        }
        if (o instanceof Map<?, ?> map) {
            StructValue.Builder struct = StructValue.builder();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                struct.add(String.valueOf(e.getKey()), toValue(e.getValue(), depth + 1));
            }
            return struct.build();
        }
        if (o instanceof Collection<?> c) {
            Value[] elements = new Value[c.size()];
            int i = 0;
            for (Object e : c) {
                elements[i++] = toValue(e, depth + 1);
            }
            return o instanceof List<?> ? ListValue.wrap(elements) : BagValue.wrap(elements);
        }
        if (o.getClass().isArray()) {
            Value[] elements = new Value[Array.getLength(o)];
            for (int i = 0; i < elements.length; i++) {
                elements[i] = toValue(Array.get(o, i), depth + 1);
            }
            return ListValue.wrap(elements);
        }
        PojoShape shape = shapes.computeIfAbsent(o.getClass(), PojoShape::of);
        StructValue.Builder struct = StructValue.builder();
        for (PojoShape.Property p : shape.properties()) {
            struct.add(p.name(), toValue(p.read(o), depth + 1));
        }
        return struct.build();
    }
}
