/**
 * Record codecs of the Flink operators: an {@link org.partiqlvm.flink.codec.InputCodec} turns a
 * stream record into the {@link org.partiqlvm.value.Value} a statement reads, an {@link
 * org.partiqlvm.flink.codec.OutputCodec} turns each result row into an output record and names its
 * Flink type.
 *
 * <p>May import Flink, {@code org.partiqlvm.engine} and {@code org.partiqlvm.value}.
 */
package org.partiqlvm.flink.codec;
