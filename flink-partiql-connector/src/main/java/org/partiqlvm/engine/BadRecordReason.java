package org.partiqlvm.engine;

import org.partiqlvm.engine.runtime.LimitExceededException;
import org.partiqlvm.engine.runtime.Limits;

/**
 * Why a record became a bad record ({@link RecordOutcome#reason()}): every failure of one record is
 * exactly one of these. Its {@link #name()} is the {@code errorType} of the Flink operators' dead
 * letters and the CLI's error lines.
 */
public enum BadRecordReason {
    /** The record does not decode (malformed JSON or Ion, invalid UTF-8, too large). */
    MALFORMED_RECORD,
    /** Its evaluation raised a strict-mode error or a user-defined function failed. */
    EVALUATION_ERROR,
    /** It produced more rows than {@link Limits#rowsPerRecord()}. */
    ROW_LIMIT,
    /**
     * It went past another of the {@link Limits} (work budget, value size, record size); the error
     * is a {@link LimitExceededException} naming the limit.
     */
    LIMIT_EXCEEDED,
    /**
     * An unexpected failure inside the engine or a codec (a bug): contained to this record, so the
     * job keeps running under {@code SKIP} and {@code DEAD_LETTER}; the error's cause is the
     * original exception.
     */
    INTERNAL_ERROR
}
