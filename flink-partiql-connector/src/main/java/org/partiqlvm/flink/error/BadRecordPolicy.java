package org.partiqlvm.flink.error;

import org.apache.flink.annotation.PublicEvolving;

/**
 * What an operator does with a bad record: one whose input cannot be decoded ({@link
 * org.partiqlvm.value.ValueDecodeException}), whose evaluation raises a strict-mode {@link
 * org.partiqlvm.engine.runtime.EvaluationException}, or that goes past one of the {@link
 * org.partiqlvm.engine.runtime.Limits} (see {@link org.partiqlvm.engine.BadRecordReason} for every
 * kind).
 */
@PublicEvolving
public enum BadRecordPolicy {
    /** Fail the job with a {@link BadRecordException} naming the record and the error. */
    FAIL,
    /** Drop the record, count it in the {@code partiql.recordsSkipped} metric and go on. */
    SKIP,
    /**
     * Send the record and its error to the side output {@link
     * org.partiqlvm.flink.PartiQLProcessFunction#DEAD_LETTERS} as a {@link
     * org.partiqlvm.flink.DeadLetter}, count it in {@code partiql.recordsDeadLettered} and go on.
     * Only {@link org.partiqlvm.flink.PartiQLProcessFunction} supports it (a flat map has no side
     * output).
     */
    DEAD_LETTER
}
