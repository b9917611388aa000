package org.partiqlvm.syntax.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Reads record components reflectively, for the tests' generic comparison of record trees ({@link
 * AstEquivalence}).
 */
public final class Records {

    /**
     * The components of each record class, looked up once: {@link Class#getRecordComponents()}
     * builds new reflection objects on every call, which made compiling a statement of 100,000
     * terms take a minute.
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS =
            new ClassValue<>() {
                @Override
                protected RecordComponent[] computeValue(Class<?> type) {
                    RecordComponent[] components = type.getRecordComponents();
                    return components == null ? new RecordComponent[0] : components;
                }
            };

    private Records() {}

    /**
     * The components of {@code type} (none when it is not a record), in declaration order. The
     * array is shared: do not change it.
     */
    public static RecordComponent[] components(Class<?> type) {
        return COMPONENTS.get(type);
    }

    /** The value of {@code component} in {@code record}. */
    public static Object component(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + record, e);
        }
    }
}
