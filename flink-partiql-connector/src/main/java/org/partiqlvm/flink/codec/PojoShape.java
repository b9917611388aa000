package org.partiqlvm.flink.codec;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The readable properties of a POJO class, found once by reflection: public instance fields and
 * public getters ({@code getX()}, {@code isX()} for booleans), sorted by name as Flink's POJO type
 * sorts them.
 */
final class PojoShape {

    /** One property: its name and how to read it. */
    record Property(String name, Field field, Method getter) {
        Object read(Object pojo) {
            try {
                return field != null ? field.get(pojo) : getter.invoke(pojo);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + name, e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(
                        "getter of '" + name + "' failed: " + e.getCause(), e.getCause());
            }
        }
    }

    private final List<Property> properties;

    private PojoShape(List<Property> properties) {
        this.properties = List.copyOf(properties);
    }

    /** The properties of {@code type}. */
    static PojoShape of(Class<?> type) {
        TreeMap<String, Property> byName = new TreeMap<>();
        for (Field f : type.getFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                byName.put(f.getName(), new Property(f.getName(), f, null));
            }
        }
        for (Method m : type.getMethods()) {
            String name = getterProperty(m);
            if (name != null && !byName.containsKey(name)) {
                byName.put(name, new Property(name, null, m));
            }
        }
        return new PojoShape(new ArrayList<>(byName.values()));
    }

    List<Property> properties() {
        return properties;
    }

    private static String getterProperty(Method m) {
        if (Modifier.isStatic(m.getModifiers())
                || m.getParameterCount() != 0
                || m.getReturnType() == void.class
                || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String n = m.getName();
        if (n.startsWith("get") && n.length() > 3) {
            return decapitalize(n.substring(3));
        }
        if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
            return decapitalize(n.substring(2));
        }
        return null;
    }

    private static String decapitalize(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
