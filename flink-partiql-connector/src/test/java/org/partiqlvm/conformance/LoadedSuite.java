package org.partiqlvm.conformance;

import java.util.List;

/**
 * The whole suite as loaded by {@link SuiteLoader}: every test case in a deterministic order (files
 * sorted by relative path, cases in file order).
 *
 * @param fileCount how many {@code .ion} files were read
 * @param duplicateIds how many cases repeat an earlier case's id and got a {@code #n} suffix
 */
public record LoadedSuite(List<ConformanceCase> cases, int fileCount, int duplicateIds) {

    public LoadedSuite {
        cases = List.copyOf(cases);
    }
}
