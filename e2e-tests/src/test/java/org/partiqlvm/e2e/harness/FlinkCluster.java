package org.partiqlvm.e2e.harness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real Flink session cluster from Maven jars (there is no flink-dist here): one JobManager
 * ({@code StandaloneSessionClusterEntrypoint}) and TaskManagers ({@code TaskManagerRunner}), each
 * its own JVM, configured by a generated {@code config.yaml} with every address on 127.0.0.1 and
 * free ports, with its temporary, upload, checkpoint and savepoint folders and its logs under one
 * work folder in {@code target/}. JVM memory flags come from Flink's own {@code BashJavaUtils}, as
 * the {@code bin/} scripts do. Every start and stop is bounded in time; {@link #close} stops
 * exactly the processes this cluster started.
 */
public final class FlinkCluster implements AutoCloseable {

    /** Slots per TaskManager. */
    public static final int SLOTS_PER_TASK_MANAGER = 2;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    /** Flink's {@code env.java.opts.all} for Java 17 (from flink-dist's default config). */
    private static final List<String> JAVA_17_OPENS =
            List.of(
                    "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
                    "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                    "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
                    "--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "--add-opens=java.base/java.net=ALL-UNNAMED",
                    "--add-opens=java.base/java.io=ALL-UNNAMED",
                    "--add-opens=java.base/java.nio=ALL-UNNAMED",
                    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                    "--add-opens=java.base/java.text=ALL-UNNAMED",
                    "--add-opens=java.base/java.time=ALL-UNNAMED",
                    "--add-opens=java.base/java.util=ALL-UNNAMED",
                    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
                    "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

    private final Path work;
    private final Path confDir;
    private final String classpath;
    private final FlinkRest rest;
    private final Map<String, JvmProcess> taskManagers = new LinkedHashMap<>();
    private JvmProcess jobManager;
    private int nextTaskManager = 1;

    private FlinkCluster(Path work, String classpath, int restPort) {
        this.work = work;
        this.confDir = work.resolve("conf");
        this.classpath = classpath;
        this.rest = new FlinkRest(restPort);
    }

    /**
     * Starts a JobManager and {@code taskManagers} TaskManagers in {@code work} (emptied first) and
     * waits until the REST API answers and all TaskManagers have registered.
     */
    public static FlinkCluster start(Path work, String classpath, int taskManagers)
            throws IOException, InterruptedException {
        WorkFiles.fresh(work);
        int[] ports = FreePorts.take(3);
        FlinkCluster cluster = new FlinkCluster(work, classpath, ports[1]);
        try {
            cluster.writeConfig(ports[0], ports[1], ports[2]);
            cluster.startJobManager();
            for (int i = 0; i < taskManagers; i++) {
                cluster.startTaskManager();
            }
            cluster.awaitTaskManagers(taskManagers, START_TIMEOUT);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            System.err.println(cluster.tails(80));
            cluster.close();
            throw e;
        }
    }

    /** The cluster's REST API. */
    public FlinkRest rest() {
        return rest;
    }

    /** The cluster's work folder (config, logs, checkpoints, savepoints). */
    public Path work() {
        return work;
    }

    private void writeConfig(int rpcPort, int restPort, int blobPort) throws IOException {
        Files.createDirectories(confDir);
        for (String dir :
                new String[] {"tmp", "upload", "web", "checkpoints", "savepoints", "log"}) {
            Files.createDirectories(work.resolve(dir));
        }
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("jobmanager.rpc.address", "127.0.0.1");
        conf.put("jobmanager.rpc.port", Integer.toString(rpcPort));
        conf.put("jobmanager.bind-host", "127.0.0.1");
        conf.put("jobmanager.memory.process.size", "768m");
        conf.put("taskmanager.bind-host", "127.0.0.1");
        conf.put("taskmanager.host", "127.0.0.1");
        conf.put("taskmanager.rpc.port", "0");
        conf.put("taskmanager.data.port", "0");
        conf.put("taskmanager.memory.process.size", "1024m");
        conf.put("taskmanager.memory.managed.size", "64m");
        conf.put("taskmanager.numberOfTaskSlots", Integer.toString(SLOTS_PER_TASK_MANAGER));
        conf.put("rest.address", "127.0.0.1");
        conf.put("rest.bind-address", "127.0.0.1");
        conf.put("rest.port", Integer.toString(restPort));
        conf.put("blob.server.port", Integer.toString(blobPort));
        conf.put("io.tmp.dirs", work.resolve("tmp").toString());
        conf.put("web.upload.dir", work.resolve("upload").toString());
        conf.put("web.tmpdir", work.resolve("web").toString());
        conf.put("execution.checkpointing.dir", work.resolve("checkpoints").toUri().toString());
        conf.put(
                "execution.checkpointing.savepoint-dir",
                work.resolve("savepoints").toUri().toString());
        // Spread a job's subtasks over the TaskManagers, so that killing one hits a part of it.
        conf.put("taskmanager.load-balance.mode", "SLOTS");
        conf.put("jobmanager.execution.failover-strategy", "region");
        conf.put("restart-strategy.type", "fixed-delay");
        conf.put("restart-strategy.fixed-delay.attempts", "5");
        conf.put("restart-strategy.fixed-delay.delay", "1 s");
        // A killed TaskManager is noticed by failed heartbeat RPCs (two in a row), not the timeout.
        conf.put("heartbeat.interval", "1000");
        conf.put("heartbeat.timeout", "30000");
        conf.put("metrics.fetcher.update-interval", "1000");
        conf.put("web.submit.enable", "true");
        StringBuilder yaml = new StringBuilder("# Generated by the e2e harness (FlinkCluster).\n");
        conf.forEach((k, v) -> yaml.append(k).append(": ").append(quote(v)).append('\n'));
        Files.writeString(confDir.resolve("config.yaml"), yaml.toString());
        WorkFiles.writeLog4j(confDir.resolve("log4j.properties"), "${sys:log.file}");
    }

    private static String quote(String value) {
        return value.matches("[A-Za-z0-9_./:-]+") && !value.contains(": ")
                ? value
                : "'" + value.replace("'", "''") + "'";
    }

    private void startJobManager() throws IOException, InterruptedException {
        List<String> args = jvmArgs("GET_JM_RESOURCE_PARAMS", "jobmanager");
        args.add("org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint");
        args.add("--configDir");
        args.add(confDir.toString());
        args.addAll(dynamicProperties("GET_JM_RESOURCE_PARAMS"));
        jobManager =
                JvmProcess.start(
                        "jobmanager",
                        args,
                        work.resolve("log/jobmanager.out"),
                        work.resolve("log/jobmanager.log"));
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                rest.get("/overview");
                return;
            } catch (IOException notYet) {
                if (!jobManager.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("JobManager REST API not up: " + notYet.getMessage());
                }
                Thread.sleep(200);
            }
        }
    }

    /** Starts one more TaskManager; returns its resource id ({@code tm-N}). */
    public String startTaskManager() throws IOException, InterruptedException {
        String id = "tm-" + nextTaskManager++;
        List<String> args = jvmArgs("GET_TM_RESOURCE_PARAMS", id);
        args.add("org.apache.flink.runtime.taskexecutor.TaskManagerRunner");
        args.add("--configDir");
        args.add(confDir.toString());
        args.add("-Dtaskmanager.resource-id=" + id);
        args.addAll(dynamicProperties("GET_TM_RESOURCE_PARAMS"));
        taskManagers.put(
                id,
                JvmProcess.start(
                        id,
                        args,
                        work.resolve("log/" + id + ".out"),
                        work.resolve("log/" + id + ".log")));
        return id;
    }

    /** {@code kill -9} of the TaskManager {@code id} (see {@link FlinkRest#taskManagersOf}). */
    public void killTaskManager(String id) {
        JvmProcess tm = taskManagers.get(id);
        if (tm == null) {
            throw new IllegalArgumentException(
                    "no TaskManager " + id + " in " + taskManagers.keySet());
        }
        tm.kill();
    }

    /** Starts TaskManagers until {@code count} are alive, and waits until they are registered. */
    public void ensureTaskManagers(int count) throws IOException, InterruptedException {
        taskManagers.values().removeIf(tm -> !tm.isAlive());
        while (taskManagers.size() < count) {
            startTaskManager();
        }
        awaitTaskManagers(count, START_TIMEOUT);
    }

    /** Waits until exactly the live TaskManagers, at least {@code count}, are registered. */
    public void awaitTaskManagers(int count, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> registered = new ArrayList<>();
            for (JsonNode tm : rest.get("/taskmanagers").path("taskmanagers")) {
                registered.add(tm.path("id").asText());
            }
            long live = taskManagers.values().stream().filter(JvmProcess::isAlive).count();
            boolean allLiveRegistered =
                    taskManagers.entrySet().stream()
                            .filter(e -> e.getValue().isAlive())
                            .allMatch(e -> registered.contains(e.getKey()));
            // A killed TaskManager stays listed until its heartbeat times out; ignore it.
            if (live >= count && allLiveRegistered) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IOException(
                        "TaskManagers registered: " + registered + ", started: " + taskManagers);
            }
            Thread.sleep(200);
        }
    }

    private List<String> jvmArgs(String command, String name)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>();
        args.addAll(Arrays.asList(bashJavaUtils(command).get(0).trim().split("\\s+")));
        args.add("-XX:+UseSerialGC");
        args.addAll(JAVA_17_OPENS);
        args.add("-Dlog.file=" + work.resolve("log/" + name + ".log"));
        args.add("-Dlog4j.configurationFile=" + confDir.resolve("log4j.properties").toUri());
        args.add("-cp");
        args.add(classpath);
        return args;
    }

    private List<String> dynamicProperties(String command)
            throws IOException, InterruptedException {
        List<String> results = bashJavaUtils(command);
        if (results.size() < 2) {
            return List.of();
        }
        // "-D key=value -D key=value": pass each as -Dkey=value.
        List<String> props = new ArrayList<>();
        for (String part : results.get(1).trim().split("-D ")) {
            if (!part.isBlank()) {
                props.add("-D" + part.trim());
            }
        }
        return props;
    }

    private final Map<String, List<String>> bashJavaUtilsCache = new LinkedHashMap<>();

    /** The result lines of Flink's {@code BashJavaUtils COMMAND} for this configuration. */
    private List<String> bashJavaUtils(String command) throws IOException, InterruptedException {
        List<String> cached = bashJavaUtilsCache.get(command);
        if (cached != null) {
            return cached;
        }
        String output =
                WorkFiles.runToEnd(
                        classpath,
                        "org.apache.flink.runtime.util.bash.BashJavaUtils",
                        command,
                        "--configDir",
                        confDir.toString());
        List<String> results = new ArrayList<>();
        for (String line : output.split("\n")) {
            if (line.startsWith("BASH_JAVA_UTILS_EXEC_RESULT:")) {
                results.add(line.substring("BASH_JAVA_UTILS_EXEC_RESULT:".length()));
            }
        }
        if (results.isEmpty()) {
            throw new IOException("BashJavaUtils " + command + " gave no result:\n" + output);
        }
        bashJavaUtilsCache.put(command, results);
        return results;
    }

    /** The last {@code lines} lines of every process's log and output. */
    public String tails(int lines) {
        StringBuilder text = new StringBuilder();
        if (jobManager != null) {
            text.append(jobManager.tail(lines));
        }
        for (JvmProcess tm : taskManagers.values()) {
            text.append(tm.tail(lines));
        }
        return text.toString();
    }

    /** Every process this cluster started and that is still alive. */
    public List<JvmProcess> liveProcesses() {
        List<JvmProcess> live = new ArrayList<>();
        if (jobManager != null && jobManager.isAlive()) {
            live.add(jobManager);
        }
        taskManagers.values().stream().filter(JvmProcess::isAlive).forEach(live::add);
        return live;
    }

    /** Stops the TaskManagers, then the JobManager: SIGTERM, then SIGKILL after a grace period. */
    @Override
    public void close() {
        for (JvmProcess tm : taskManagers.values()) {
            tm.stop(STOP_GRACE);
        }
        if (jobManager != null) {
            jobManager.stop(STOP_GRACE);
        }
    }
}
