package org.partiqlvm.syntax;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.StringJoiner;
import org.partiqlvm.error.SourceSpan;

/**
 * Renders a syntax tree as a compact S-expression for tests, ignoring spans: a node is {@code (Name
 * component ...)}; a null component is {@code _}; a true boolean flag shows its name and a false
 * one is left out (a boolean {@code value} shows as true or false); strings are single-quoted;
 * lists are {@code [a b]}.
 */
final class AstDump {

    private AstDump() {}

    static String dump(Object node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append('_');
        } else if (value instanceof String s) {
            out.append('\'').append(s).append('\'');
        } else if (value instanceof List<?> list) {
            StringJoiner joiner = new StringJoiner(" ", "[", "]");
            for (Object element : list) {
                joiner.add(dump(element));
            }
            out.append(joiner);
        } else if (value.getClass().isRecord()) {
            out.append('(').append(value.getClass().getSimpleName());
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (component.getType() == SourceSpan.class) {
                    continue;
                }
                Object child = read(component, value);
                if (child instanceof Boolean flag && !component.getName().equals("value")) {
                    if (flag) {
                        out.append(' ').append(component.getName());
                    }
                    continue;
                }
                out.append(' ');
                write(child, out);
            }
            out.append(')');
        } else {
            out.append(value);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }
}
