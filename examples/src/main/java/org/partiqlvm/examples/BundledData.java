package org.partiqlvm.examples;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the examples' bundled data files whether a job runs from the repository or examples/. */
public final class BundledData {

    private BundledData() {}

    /**
     * The absolute path of {@code examples/data/NAME}.
     *
     * @throws IllegalArgumentException if it is found neither from here nor from examples/
     */
    public static String path(String name) {
        for (Path candidate :
                new Path[] {Path.of("examples", "data", name), Path.of("data", name)}) {
            if (Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath().toString();
            }
        }
        throw new IllegalArgumentException(
                "examples/data/"
                        + name
                        + " not found from "
                        + Path.of("").toAbsolutePath()
                        + "; give its path as an argument");
    }
}
