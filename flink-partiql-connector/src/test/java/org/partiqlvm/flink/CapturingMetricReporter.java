package org.partiqlvm.flink;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * A test metric reporter that keeps every counter of the {@code partiql} group it is told about, so
 * a cluster test can read the counts of a finished job by its name.
 */
public final class CapturingMetricReporter implements MetricReporter {

    /** A counter with the job it belongs to. */
    private record Captured(String jobName, String name, String identifier, Counter counter) {}

    private static final List<Captured> COUNTERS = new CopyOnWriteArrayList<>();

    /** Names ("job/metric") of the histograms registered in a {@code partiql} group. */
    private static final List<String> HISTOGRAMS = new CopyOnWriteArrayList<>();

    /** How many subtasks of job {@code jobName} registered the histogram {@code name}. */
    static long histograms(String jobName, String name) {
        return HISTOGRAMS.stream().filter(h -> h.equals(jobName + "/" + name)).count();
    }

    /**
     * The sum over all subtasks of the {@code partiql} counter {@code name} of job {@code jobName}.
     */
    public static long count(String jobName, String name) {
        return COUNTERS.stream()
                .filter(c -> c.jobName().equals(jobName) && c.name().equals(name))
                .mapToLong(c -> c.counter().getCount())
                .sum();
    }

    /**
     * {@link #count(String, String)} over the counters whose identifier holds {@code part}, such as
     * {@code ".query.q1."} for one query of a broadcast function.
     */
    static long count(String jobName, String name, String part) {
        return COUNTERS.stream()
                .filter(c -> c.jobName().equals(jobName) && c.name().equals(name))
                .filter(c -> c.identifier().contains(part))
                .mapToLong(c -> c.counter().getCount())
                .sum();
    }

    @Override
    public void open(MetricConfig config) {}

    @Override
    public void close() {}

    @Override
    public void notifyOfAddedMetric(Metric metric, String metricName, MetricGroup group) {
        boolean partiql =
                group.getMetricIdentifier(metricName)
                        .contains("." + PartiQLFlatMapFunction.METRIC_GROUP + ".");
        if (partiql && metric instanceof Histogram) {
            HISTOGRAMS.add(group.getAllVariables().get("<job_name>") + "/" + metricName);
        }
        if (metric instanceof Counter counter
                && group.getMetricIdentifier(metricName)
                        .contains("." + PartiQLFlatMapFunction.METRIC_GROUP + ".")) {
            COUNTERS.add(
                    new Captured(
                            group.getAllVariables().get("<job_name>"),
                            metricName,
                            group.getMetricIdentifier(metricName),
                            counter));
        }
    }

    @Override
    public void notifyOfRemovedMetric(Metric metric, String metricName, MetricGroup group) {}

    /** Creates the reporter; registered in {@code META-INF/services}. */
    public static final class Factory implements MetricReporterFactory {
        @Override
        public MetricReporter createMetricReporter(Properties properties) {
            return new CapturingMetricReporter();
        }
    }
}
