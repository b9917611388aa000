package org.partiqlvm.examples.cli;

/** The notation of the CLI's input records and output rows. */
public enum InputFormat {
    /** JSON: JSON Lines, or any whitespace-separated stream of JSON values. */
    JSON,
    /** Ion text (a stream of top-level values) or Ion binary. */
    ION
}
