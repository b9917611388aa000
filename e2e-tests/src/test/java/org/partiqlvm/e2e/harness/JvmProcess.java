package org.partiqlvm.e2e.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A JVM this harness started (a JobManager, a TaskManager, a Kafka broker), known by its PID, with
 * its stdout and stderr appended to a file under {@code target/}. Every process ever started is
 * registered, and a JVM shutdown hook kills the ones still alive: whatever happens to a test, the
 * harness leaves none of its processes behind, and it never touches a process it did not start.
 */
public final class JvmProcess {

    private static final Set<JvmProcess> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    for (JvmProcess p : LIVE) {
                                        p.kill();
                                    }
                                },
                                "e2e-process-reaper"));
    }

    private final String name;
    private final Process process;
    private final Path outFile;
    private final List<Path> logFiles;

    private JvmProcess(String name, Process process, Path outFile, List<Path> logFiles) {
        this.name = name;
        this.process = process;
        this.outFile = outFile;
        this.logFiles = logFiles;
    }

    /**
     * Starts {@code java} (this JVM's) with {@code args}; stdout and stderr go to {@code outFile}
     * (appended), {@code logFiles} are the process's own logs, shown by {@link #tail}.
     */
    public static JvmProcess start(String name, List<String> args, Path outFile, Path... logFiles)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(args);
        Files.createDirectories(outFile.getParent());
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(outFile.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        JvmProcess started = new JvmProcess(name, process, outFile, List.of(logFiles));
        LIVE.add(started);
        return started;
    }

    /** The process's name in the harness (e.g. {@code taskmanager-2}). */
    public String name() {
        return name;
    }

    /** The operating system's process id. */
    public long pid() {
        return process.pid();
    }

    /** Whether the process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * {@code kill -9}: the process dies at once, as in a machine failure; waits (bounded) for it.
     */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
        LIVE.remove(this);
    }

    /**
     * Asks the process to stop (SIGTERM), waits up to {@code grace}, then kills it; bounded in time
     * either way.
     */
    public void stop(Duration grace) {
        if (process.isAlive()) {
            process.destroy();
            if (!awaitExit(grace)) {
                process.destroyForcibly();
                awaitExit(Duration.ofSeconds(30));
            }
        }
        LIVE.remove(this);
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }

    /** The last {@code lines} lines of the process's output and logs, for a failure report. */
    public String tail(int lines) {
        StringBuilder text = new StringBuilder();
        List<Path> files = new ArrayList<>(logFiles);
        files.add(outFile);
        for (Path file : files) {
            text.append("==== ")
                    .append(name)
                    .append(" (pid ")
                    .append(pid())
                    .append(", ")
                    .append(isAlive() ? "alive" : "exited")
                    .append("): ")
                    .append(file)
                    .append('\n');
            try {
                if (Files.exists(file)) {
                    List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
                    for (String line : all.subList(Math.max(0, all.size() - lines), all.size())) {
                        text.append(line).append('\n');
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                text.append("(unreadable: ").append(e).append(")\n");
            }
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return name + " (pid " + pid() + ")";
    }
}
