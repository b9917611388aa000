package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/**
 * The constants of {@link Value} are set whichever class of the hierarchy the JVM initializes
 * first: each case loads the classes afresh in an isolated class loader and touches a subclass
 * before {@code Value}.
 */
class ValueConstantsInitTest {

    private static Object constant(String firstClass, String field) throws Exception {
        URL classes = Value.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader fresh = new URLClassLoader(new URL[] {classes}, null)) {
            Class.forName("org.partiqlvm.value." + firstClass, true, fresh);
            return Class.forName("org.partiqlvm.value.Value", true, fresh)
                    .getField(field)
                    .get(null);
        }
    }

    @Test
    void nullValueFirst() throws Exception {
        assertThat(constant("NullValue", "NULL")).isNotNull();
    }

    @Test
    void missingValueFirst() throws Exception {
        assertThat(constant("MissingValue", "MISSING")).isNotNull();
    }

    @Test
    void boolValueFirst() throws Exception {
        assertThat(constant("BoolValue", "TRUE")).isNotNull();
        assertThat(constant("BoolValue", "FALSE")).isNotNull();
    }

    @Test
    void typedNullsAndTheUntypedNullAgree() {
        assertThat(NullValue.of(ValueKind.NULL)).isSameAs(Value.NULL);
        assertThat(NullValue.of(ValueKind.INT).declaredKind()).isEqualTo(ValueKind.INT);
        assertThat(BoolValue.of(true)).isSameAs(Value.TRUE);
    }
}
