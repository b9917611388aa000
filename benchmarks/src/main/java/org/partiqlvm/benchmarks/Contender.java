package org.partiqlvm.benchmarks;

/**
 * One way to run a workload over JSON records: our engine, or a peer. Built once per benchmark
 * trial and used by one thread.
 */
public interface Contender {

    /** Prepares {@code workload} (parse and compile the query once). */
    void open(Workload workload) throws Exception;

    /** Runs the workload on one UTF-8 JSON record, writing its rows to {@code sink}. */
    void process(byte[] record, RowSink sink) throws Exception;
}
