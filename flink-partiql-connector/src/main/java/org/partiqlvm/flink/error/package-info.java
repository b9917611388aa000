/**
 * What the Flink operators do with a bad record (malformed input, a strict-mode evaluation error, a
 * limit exceeded, or an internal failure contained to the record): the {@link
 * org.partiqlvm.flink.error.BadRecordPolicy} and the {@link
 * org.partiqlvm.flink.error.BadRecordException} a failing job reports.
 *
 * <p>May import Flink and {@code org.partiqlvm.*}.
 */
package org.partiqlvm.flink.error;
