/**
 * What the Flink operators do with a bad record (malformed input, or a strict-mode evaluation
 * error): the {@link org.partiqlvm.flink.error.BadRecordPolicy} and the {@link
 * org.partiqlvm.flink.error.BadRecordException} a failing job reports.
 *
 * <p>May import Flink and {@code org.partiqlvm.*}.
 */
package org.partiqlvm.flink.error;
