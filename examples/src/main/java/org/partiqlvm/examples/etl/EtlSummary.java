package org.partiqlvm.examples.etl;

import java.time.Duration;
import org.apache.flink.api.common.JobExecutionResult;

/**
 * What an {@link OrdersEtlJob} run did: every input record ended either as zero or more rows or as
 * a dead letter.
 *
 * @param recordsIn non-blank input lines read
 * @param rowsOut result rows written
 * @param deadLetters records that could not be processed (malformed JSON, or a type error)
 * @param rows the folder of result files
 * @param deadLetterDir the folder of dead-letter files
 * @param duration wall-clock time of the job
 */
public record EtlSummary(
        long recordsIn,
        long rowsOut,
        long deadLetters,
        String rows,
        String deadLetterDir,
        Duration duration) {

    static final String RECORDS_IN = "recordsIn";
    static final String ROWS_OUT = "rowsOut";
    static final String DEAD_LETTERS = "deadLetters";

    /** The summary of an attached run whose output folder is {@code output}. */
    static EtlSummary of(JobExecutionResult result, String output) {
        return new EtlSummary(
                count(result, RECORDS_IN),
                count(result, ROWS_OUT),
                count(result, DEAD_LETTERS),
                new org.apache.flink.core.fs.Path(output, "rows").toString(),
                new org.apache.flink.core.fs.Path(output, "dead-letters").toString(),
                Duration.ofMillis(result.getNetRuntime()));
    }

    private static long count(JobExecutionResult result, String name) {
        Long value = result.getAccumulatorResult(name);
        return value == null ? 0L : value;
    }

    /** The summary as printed to stdout. */
    public String describe() {
        return String.format(
                "OrdersEtlJob finished in %.1f s%n"
                        + "  records in:   %d%n"
                        + "  rows out:     %d%n"
                        + "  dead letters: %d%n"
                        + "  results:      %s%n"
                        + "  dead letters: %s%n",
                duration.toMillis() / 1000.0, recordsIn, rowsOut, deadLetters, rows, deadLetterDir);
    }
}
