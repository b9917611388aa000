package org.partiqlvm.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Sets the tries of every fuzz property from the system property {@code fuzz.tries} when it is
 * given, so that one command runs the whole suite long, e.g. {@code mvn -pl flink-partiql-connector
 * test -Dtest='org.partiqlvm.fuzz.*Test' -Dfuzz.tries=1000000}; without it each property runs its
 * own bounded number of tries (the CI run).
 */
public final class FuzzTries implements AroundPropertyHook {

    /** The system property naming the tries of every fuzz property. */
    public static final String PROPERTY = "fuzz.tries";

    /** Registered on a test class, the hook applies to every property in it. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(
            PropertyLifecycleContext context, PropertyExecutor property) {
        String tries = System.getProperty(PROPERTY);
        if (tries != null && !tries.isBlank()) {
            context.attributes().setTries(Integer.parseInt(tries.trim().replace("_", "")));
        }
        return property.execute();
    }
}
