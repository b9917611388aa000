package org.partiqlvm.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.partiqlvm.e2e.harness.ClusterExtension;
import org.partiqlvm.e2e.harness.FlinkRest;

/**
 * Kills the TaskManager that runs a subtask of a running job ({@code kill -9}) and measures how
 * long the job takes to notice and to run all its tasks again.
 *
 * @param killedTaskManager the resource id of the TaskManager killed
 * @param detectedMillis from the kill until a task of the job was seen not running
 * @param recoveredMillis from the kill until every task ran again (restored from the checkpoint)
 */
record Failover(String killedTaskManager, long detectedMillis, long recoveredMillis) {

    /** Kills the TaskManager running subtask 0 of the vertex named like {@code vertex}. */
    static Failover killTaskManagerOf(
            ClusterExtension.Cluster cluster, String jobId, String vertex, Duration timeout)
            throws IOException, InterruptedException {
        FlinkRest rest = cluster.rest();
        JsonNode before = rest.job(jobId);
        boolean reading = false;
        for (JsonNode v : before.path("vertices")) {
            if (v.path("name").asText().contains("Source: orders")) {
                reading = v.path("tasks").path("RUNNING").asInt() > 0;
            }
        }
        if (!FlinkRest.allTasksRunning(before) || !reading) {
            // Once the orders are read to the end, a kill would test nothing.
            throw new AssertionError(
                    "job "
                            + jobId
                            + " progressed too far before the kill (machine too slow?): "
                            + FlinkRest.summary(before));
        }
        List<String> taskManagers = rest.taskManagersOf(jobId, vertex);
        String victim = taskManagers.get(0);
        long killed = System.nanoTime();
        cluster.flink().killTaskManager(victim);
        long deadline = killed + timeout.toNanos();
        long detected = -1;
        while (true) {
            JsonNode job = rest.job(jobId);
            long now = System.nanoTime();
            boolean running = FlinkRest.allTasksRunning(job);
            if (!running && detected < 0) {
                detected = now;
            }
            String state = job.path("state").asText();
            // A restarted task with little left to replay may run and finish between two polls
            // of a busy machine: a job that finished after the failure recovered too.
            if (detected >= 0 && (running || "FINISHED".equals(state))) {
                return new Failover(
                        victim, (detected - killed) / 1_000_000, (now - killed) / 1_000_000);
            }
            if (detected < 0 && "FINISHED".equals(state)) {
                throw new AssertionError("job " + jobId + " finished before the kill was noticed");
            }
            if (now > deadline) {
                throw new AssertionError(
                        "job "
                                + jobId
                                + " not recovered after "
                                + timeout
                                + ": "
                                + FlinkRest.summary(job));
            }
            Thread.sleep(50);
        }
    }

    /** One line for the test log (and the docs' measured figures). */
    String describe(String test, int restarts) {
        return String.format(
                "e2e: %s: killed %s; failure noticed after %.1f s, all tasks running again after %.1f s; %d restart(s)",
                test,
                killedTaskManager,
                detectedMillis / 1000.0,
                recoveredMillis / 1000.0,
                restarts);
    }
}
