package org.partiqlvm.flink.table;

import org.apache.flink.table.types.DataType;
import org.apache.flink.table.types.logical.LogicalType;
import org.partiqlvm.value.Value;

/**
 * Flink's {@code VARIANT} type (Flink 2.1+) seen without naming its classes, so that everything
 * else here compiles and runs on a Flink without it: {@link #load()} returns null there, and
 * columns of unknown type become {@code STRING} of JSON text. The only implementation, {@code
 * FlinkVariantBridge}, is the one file that names Flink's variant classes.
 */
interface VariantBridge {

    /** Flink's {@code VARIANT} data type. */
    DataType dataType();

    /** Whether {@code type} is {@code VARIANT}. */
    static boolean isVariant(LogicalType type) {
        return type.getTypeRoot().name().equals("VARIANT");
    }

    /** {@code value} as a Flink variant; NULL and MISSING are a variant null. */
    Object toVariant(Value value);

    /** A Flink variant as a value. */
    Value fromVariant(Object variant);

    /** The bridge, or null when this Flink has no {@code VARIANT}. */
    static VariantBridge load() {
        return Holder.INSTANCE;
    }

    /** Loads the implementation once, reflectively. */
    final class Holder {
        static final VariantBridge INSTANCE = create();

        private Holder() {}

        private static VariantBridge create() {
            try {
                Class.forName("org.apache.flink.types.variant.Variant");
                return (VariantBridge)
                        Class.forName("org.partiqlvm.flink.table.FlinkVariantBridge")
                                .getDeclaredConstructor()
                                .newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                return null;
            }
        }
    }
}
