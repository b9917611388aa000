package org.partiqlvm.flink.codec;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.JavaValues;
import org.partiqlvm.value.ValueKind;

/**
 * Emits each row as a POJO of class {@code T}, setting the property named like each column (public
 * field or setter, names matched ignoring case). MISSING and NULL columns set null; properties no
 * column names keep their default. A value that does not fit its property's type (a STRING for a
 * {@code long}, NULL for a primitive, an INT beyond {@code int}) makes the record bad, with the
 * column named. Property types, with what fits them as the typed output codecs' one table ({@code
 * ColumnConversion}) says: {@code String} (STRING, SYMBOL), {@code long}/{@code int}/{@code
 * short}/{@code byte} (INT in range), {@code double}/{@code float} (any number), {@code BigDecimal}
 * (INT, DECIMAL, finite FLOAT), {@code boolean} (BOOL), their boxes, {@code byte[]}, {@code
 * LocalDate}, {@code LocalTime}, {@code LocalDateTime}; and any other type ({@code Object}, {@code
 * Map}, {@code List}, {@code OffsetDateTime}, ...) that the value's {@link JavaValues#toJava} is an
 * instance of. The output is typed as Flink's {@link PojoTypeInfo}, never Kryo.
 *
 * @param <T> the POJO class
 */
@PublicEvolving
public final class PojoOutputCodec<T> implements OutputCodec<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final String[] columns;
    private transient Constructor<T> constructor;
    private transient Field[] fields;
    private transient Method[] setters;
    private transient Class<?>[] targets;
    private transient ColumnConversion[] conversions;

    private PojoOutputCodec(Class<T> type, String[] columns) {
        this.type = type;
        this.columns = columns;
    }

    /**
     * A codec for the plan's columns into {@code type}.
     *
     * @throws IllegalArgumentException if {@code type} is not a Flink POJO, the plan has value
     *     rows, or a column names no property of {@code type}
     */
    public static <T> PojoOutputCodec<T> of(CompiledPlan plan, Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (!(TypeInformation.of(type) instanceof PojoTypeInfo)) {
            throw new IllegalArgumentException(
                    type.getName()
                            + " is not a Flink POJO (public class, public no-argument"
                            + " constructor, public fields or getters and setters)");
        }
        if (plan.schema().valueRows()) {
            throw new IllegalArgumentException(
                    "PojoOutputCodec needs named columns (a SELECT list), but the statement"
                            + " returns one value per row");
        }
        List<String> names = plan.schema().columnNames();
        PojoOutputCodec<T> codec = new PojoOutputCodec<>(type, names.toArray(new String[0]));
        codec.resolve(); // fails now, on the client, for a column without a property
        return codec;
    }

    private void resolve() {
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException(
                    type.getName() + " has no public no-arg constructor");
        }
        fields = new Field[columns.length];
        setters = new Method[columns.length];
        targets = new Class<?>[columns.length];
        conversions = new ColumnConversion[columns.length];
        for (int i = 0; i < columns.length; i++) {
            fields[i] = field(columns[i]);
            if (fields[i] == null) {
                setters[i] = setter(columns[i]);
                if (setters[i] == null) {
                    throw new IllegalArgumentException(
                            "column '"
                                    + columns[i]
                                    + "' names no public field or setter of "
                                    + type.getName());
                }
            }
            targets[i] =
                    fields[i] != null ? fields[i].getType() : setters[i].getParameterTypes()[0];
            conversions[i] = ColumnConversion.forClass(targets[i]);
        }
    }

    private Field field(String column) {
        for (Field f : type.getFields()) {
            int m = f.getModifiers();
            if (!Modifier.isStatic(m)
                    && !Modifier.isFinal(m)
                    && f.getName().equalsIgnoreCase(column)) {
                return f;
            }
        }
        return null;
    }

    private Method setter(String column) {
        String name = "set" + column.toLowerCase(Locale.ROOT);
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 1
                    && !Modifier.isStatic(m.getModifiers())
                    && m.getName().toLowerCase(Locale.ROOT).equals(name)) {
                return m;
            }
        }
        return null;
    }

    @Override
    public T encode(ResultRow row) {
        if (constructor == null) {
            resolve();
        }
        try {
            T pojo = constructor.newInstance();
            for (int i = 0; i < columns.length; i++) {
                Object v = convert(row, i, targets[i]);
                if (fields[i] != null) {
                    fields[i].set(pojo, v);
                } else {
                    setters[i].invoke(pojo, v);
                }
            }
            return pojo;
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "a setter of " + type.getName() + " failed: " + e.getCause(), e.getCause());
        }
    }

    private Object convert(ResultRow row, int i, Class<?> target) {
        ValueKind kind = row.kind(i);
        if (kind == ValueKind.MISSING || kind == ValueKind.NULL) {
            if (target.isPrimitive()) {
                throw misfit(i, kind, target, "; use the boxed type for nullable columns");
            }
            return null;
        }
        ColumnConversion scalar = conversions[i];
        Object java;
        if (scalar != null) {
            java = scalar.fromColumn(row, i);
        } else {
            java = JavaValues.toJava(row.getValue(i));
            if (!target.isInstance(java)) {
                java = null;
            }
        }
        if (java == null) {
            throw misfit(i, kind, target, "");
        }
        return java;
    }

    private EvaluationException misfit(int i, ValueKind kind, Class<?> target, String hint) {
        return new EvaluationException(
                "column "
                        + i
                        + " ('"
                        + columns[i]
                        + "') holds "
                        + kind.displayName()
                        + ", which does not fit "
                        + type.getSimpleName()
                        + "'s property of type "
                        + target.getSimpleName()
                        + hint,
                null,
                null);
    }

    @Override
    public TypeInformation<T> producedType() {
        return TypeInformation.of(type);
    }
}
