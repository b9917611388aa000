package org.partiqlvm.flink;

import org.apache.flink.FlinkVersion;

/**
 * The Flink line the tests run against ({@code -Dflink.version}), read at run time so that one test
 * source compiles on every supported line (1.20, 2.2, 2.3) and states what each one gives.
 */
public final class FlinkRelease {

    private static final int MAJOR;
    private static final int MINOR;

    static {
        String[] parts = FlinkVersion.current().toString().split("\\.");
        MAJOR = Integer.parseInt(parts[0]);
        MINOR = Integer.parseInt(parts[1]);
    }

    private FlinkRelease() {}

    /** Whether the Flink on the class path is {@code major.minor} or newer. */
    public static boolean atLeast(int major, int minor) {
        return MAJOR > major || (MAJOR == major && MINOR >= minor);
    }

    /** Whether this Flink has the {@code VARIANT} type and {@code TRY_PARSE_JSON} (2.1+). */
    public static boolean hasVariant() {
        return atLeast(2, 1);
    }
}
