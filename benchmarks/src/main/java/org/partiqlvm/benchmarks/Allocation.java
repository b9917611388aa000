package org.partiqlvm.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;

/**
 * What all threads of this JVM have allocated since it started, through {@code
 * com.sun.management.ThreadMXBean#getTotalThreadAllocatedBytes} (Java 21+), or -1 where the JVM
 * cannot tell.
 */
final class Allocation {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Method TOTAL = total(THREADS);

    private Allocation() {}

    private static Method total(ThreadMXBean threads) {
        try {
            Method m =
                    Class.forName("com.sun.management.ThreadMXBean")
                            .getMethod("getTotalThreadAllocatedBytes");
            return ((long) m.invoke(threads)) >= 0 ? m : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Bytes allocated by all threads so far, or -1. */
    static long total() {
        if (TOTAL == null) {
            return -1;
        }
        try {
            return (long) TOTAL.invoke(THREADS);
        } catch (ReflectiveOperationException e) {
            return -1;
        }
    }
}
