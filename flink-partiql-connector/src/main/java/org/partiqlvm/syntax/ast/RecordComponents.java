package org.partiqlvm.syntax.ast;

import java.lang.reflect.RecordComponent;

/**
 * The components of a record class, looked up once per class: the generic tree walkers (over the
 * syntax tree and the plan) call this for every node, and {@link Class#getRecordComponents()}
 * builds new reflection objects on every call, which made compiling a statement of 100,000 terms
 * take a minute.
 */
public final class RecordComponents {

    private static final ClassValue<RecordComponent[]> COMPONENTS =
            new ClassValue<>() {
                @Override
                protected RecordComponent[] computeValue(Class<?> type) {
                    RecordComponent[] components = type.getRecordComponents();
                    return components == null ? new RecordComponent[0] : components;
                }
            };

    private RecordComponents() {}

    /**
     * The components of {@code type} (none when it is not a record), in declaration order. The
     * array is shared: do not change it.
     */
    public static RecordComponent[] of(Class<?> type) {
        return COMPONENTS.get(type);
    }
}
