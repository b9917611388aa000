package org.partiqlvm.examples.cli;

import org.partiqlvm.value.Value;

/**
 * One top-level value of the CLI's input and where it starts.
 *
 * @param value the decoded value
 * @param line the 1-based line of the input the value starts on (for Ion binary: the 1-based
 *     position of the value in the stream)
 */
public record InputRecord(Value value, int line) {}
