package org.partiqlvm.flink.codec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.JavaValues;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Reads a POJO as a struct of its properties (public fields and getters, by name, sorted as Flink's
 * POJO type sorts them). Property values are walked as {@link JavaValues#fromJava(Object,
 * JavaValues.ObjectReader)} walks them (maps structs, lists and arrays lists, other collections
 * bags, null NULL, scalars and {@code java.time} values as mapped there), with map keys by {@code
 * String.valueOf}, enums as their name and any other object as a nested POJO struct. Each class is
 * inspected once per subtask.
 *
 * @param <T> the POJO class
 */
@PublicEvolving
public final class PojoInputCodec<T> implements InputCodec<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private transient Map<Class<?>, PojoShape> shapes;
    private transient JavaValues.ObjectReader reader;

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
        if (reader == null) {
            shapes = new HashMap<>();
            reader = reader();
        }
        try {
            return JavaValues.fromJava(record, reader);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new ValueDecodeException(
                    "cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Enums by name, maps with any keys, and every other object as the struct of a POJO. */
    private JavaValues.ObjectReader reader() {
        return new JavaValues.ObjectReader() {
            @Override
            public Value read(Object o, Function<Object, Value> parts) {
                if (o instanceof Enum<?> e) {
                    return Value.ofString(e.name());
                }
                PojoShape shape = shapes.computeIfAbsent(o.getClass(), PojoShape::of);
                StructValue.Builder struct = StructValue.builder();
                for (PojoShape.Property p : shape.properties()) {
                    struct.add(p.name(), parts.apply(p.read(o)));
                }
                return struct.build();
            }

            @Override
            public String fieldName(Object key) {
                return String.valueOf(key);
            }
        };
    }
}
