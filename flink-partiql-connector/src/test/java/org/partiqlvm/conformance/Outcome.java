package org.partiqlvm.conformance;

/** How one test case fared in one category. */
public enum Outcome {
    PASS,
    FAIL,
    /** Not run because {@code skips.txt} lists it. */
    SKIP
}
