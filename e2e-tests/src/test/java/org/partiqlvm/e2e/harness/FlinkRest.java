package org.partiqlvm.e2e.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The parts of Flink's REST API the tests use, as a user (or the web UI) would call them: upload
 * and run a jar, watch a job, its vertices, checkpoints and exceptions, stop it with a savepoint.
 */
public final class FlinkRest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    FlinkRest(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** GET {@code path}, as JSON; throws on a non-2xx answer. */
    public JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** POST a JSON body to {@code path}. */
    public JsonNode post(String path, JsonNode body) throws IOException {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private JsonNode send(HttpRequest.Builder request) throws IOException {
        HttpResponse<String> response;
        try {
            response =
                    http.send(
                            request.timeout(CALL_TIMEOUT).build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IOException(
                    response.request().method()
                            + " "
                            + response.request().uri()
                            + " answered "
                            + response.statusCode()
                            + ": "
                            + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    /** Uploads a job jar ({@code /jars/upload}); returns its id for {@link #runJar}. */
    public String uploadJar(Path jar) throws IOException {
        String boundary = "----e2e" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(
                ("--"
                                + boundary
                                + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\""
                                + jar.getFileName()
                                + "\"\r\nContent-Type: application/x-java-archive\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(jar));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        JsonNode answer =
                send(
                        HttpRequest.newBuilder(URI.create(base + "/jars/upload"))
                                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        String file = answer.path("filename").asText();
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /**
     * Runs {@code entryClass} of an uploaded jar ({@code /jars/:id/run}, detached); returns the job
     * id. {@code parallelism} and {@code savepointPath} may be null.
     */
    public String runJar(
            String jarId,
            String entryClass,
            List<String> args,
            Integer parallelism,
            String savepointPath)
            throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.put("entryClass", entryClass);
        ArrayNode list = body.putArray("programArgsList");
        args.forEach(list::add);
        if (parallelism != null) {
            body.put("parallelism", parallelism);
        }
        if (savepointPath != null) {
            body.put("savepointPath", savepointPath);
        }
        return post("/jars/" + jarId + "/run", body).path("jobid").asText();
    }

    /** {@code /jobs/:id}: state, vertices (name, parallelism, task counts), timestamps. */
    public JsonNode job(String jobId) throws IOException {
        return get("/jobs/" + jobId);
    }

    /** The job's state ({@code RUNNING}, {@code FINISHED}, ...). */
    public String state(String jobId) throws IOException {
        return job(jobId).path("state").asText();
    }

    /**
     * Waits until the job is in one of {@code states}; fails at once if it ends in another terminal
     * state, and after {@code timeout}.
     */
    public JsonNode awaitState(String jobId, Set<String> states, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode job = job(jobId);
            String state = job.path("state").asText();
            if (states.contains(state)) {
                return job;
            }
            if (Set.of("FAILED", "CANCELED", "FINISHED").contains(state)) {
                throw new AssertionError(
                        "job "
                                + jobId
                                + " is "
                                + state
                                + ", expected "
                                + states
                                + ": "
                                + exceptions(jobId));
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "job "
                                + jobId
                                + " still "
                                + state
                                + " after "
                                + timeout
                                + ", expected "
                                + states);
            }
            Thread.sleep(200);
        }
    }

    /** Waits until every task of the job is RUNNING (not merely the job). */
    public void awaitAllTasksRunning(String jobId, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!allTasksRunning(job(jobId))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "tasks of job " + jobId + " not all running: " + job(jobId));
            }
            Thread.sleep(100);
        }
    }

    /** Whether every vertex of the job (as {@link #job} returns it) has all its tasks RUNNING. */
    public static boolean allTasksRunning(JsonNode job) {
        if (!"RUNNING".equals(job.path("state").asText())) {
            return false;
        }
        for (JsonNode vertex : job.path("vertices")) {
            // A finished source (bounded input read to the end) counts as done, not as missing.
            int done =
                    vertex.path("tasks").path("RUNNING").asInt()
                            + vertex.path("tasks").path("FINISHED").asInt();
            if (done != vertex.path("parallelism").asInt()) {
                return false;
            }
        }
        return true;
    }

    /** The job's state and its vertices' task counts, for failure messages. */
    public static String summary(JsonNode job) {
        StringBuilder text = new StringBuilder(job.path("state").asText());
        for (JsonNode vertex : job.path("vertices")) {
            text.append("; ").append(vertex.path("name").asText()).append(": ");
            vertex.path("tasks")
                    .properties()
                    .forEach(
                            e -> {
                                if (e.getValue().asInt() > 0) {
                                    text.append(e.getKey())
                                            .append('=')
                                            .append(e.getValue().asInt())
                                            .append(' ');
                                }
                            });
        }
        return text.toString();
    }

    /** Completed checkpoints of the job so far. */
    public int completedCheckpoints(String jobId) throws IOException {
        return get("/jobs/" + jobId + "/checkpoints").path("counts").path("completed").asInt();
    }

    /** Waits until at least {@code count} checkpoints of the job have completed. */
    public void awaitCheckpoints(String jobId, int count, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (completedCheckpoints(jobId) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(
                        "fewer than " + count + " checkpoints of " + jobId + " after " + timeout);
            }
            String state = state(jobId);
            if (!"RUNNING".equals(state)) {
                throw new AssertionError(
                        "job " + jobId + " is " + state + " before " + count + " checkpoints");
            }
            Thread.sleep(100);
        }
    }

    /** The failures in the job's exception history (each was followed by a restart). */
    public JsonNode exceptions(String jobId) throws IOException {
        return get("/jobs/" + jobId + "/exceptions").path("exceptionHistory").path("entries");
    }

    /** The TaskManager ids running the subtasks of the vertex whose name contains {@code name}. */
    public List<String> taskManagersOf(String jobId, String name) throws IOException {
        String vertexId = vertexId(jobId, name);
        List<String> ids = new ArrayList<>();
        for (JsonNode subtask : get("/jobs/" + jobId + "/vertices/" + vertexId).path("subtasks")) {
            ids.add(subtask.path("taskmanager-id").asText());
        }
        return ids;
    }

    /** The id of the job's vertex whose name contains {@code name}. */
    public String vertexId(String jobId, String name) throws IOException {
        for (JsonNode vertex : job(jobId).path("vertices")) {
            if (vertex.path("name").asText().contains(name)) {
                return vertex.path("id").asText();
            }
        }
        throw new AssertionError("no vertex named *" + name + "* in job " + jobId);
    }

    /**
     * The value of one metric of every subtask of a vertex (null where not reported yet), by the
     * metric's name suffix (e.g. {@code partiql.activeQueries}).
     */
    public List<String> subtaskMetric(String jobId, String vertexId, int parallelism, String suffix)
            throws IOException {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < parallelism; i++) {
            String path =
                    "/jobs/" + jobId + "/vertices/" + vertexId + "/subtasks/" + i + "/metrics";
            String id = null;
            for (JsonNode metric : get(path)) {
                String candidate = metric.path("id").asText();
                if (candidate.equals(suffix)) {
                    id = candidate;
                    break;
                }
                if (candidate.endsWith("." + suffix)) {
                    id = candidate;
                }
            }
            if (id == null) {
                values.add(null);
                continue;
            }
            JsonNode answer = get(path + "?get=" + id);
            values.add(answer.isEmpty() ? null : answer.get(0).path("value").asText());
        }
        return values;
    }

    /**
     * Stops the job with a savepoint in {@code directory} ({@code POST /jobs/:id/stop}, not
     * drained); returns the savepoint's path once it is complete. A savepoint declined because a
     * task was just finishing is tried again (at most three times).
     */
    public String stopWithSavepoint(String jobId, String directory, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (int attempt = 1; ; attempt++) {
            ObjectNode body = JSON.createObjectNode();
            body.put("targetDirectory", directory);
            body.put("drain", false);
            String trigger = post("/jobs/" + jobId + "/stop", body).path("request-id").asText();
            while (true) {
                JsonNode status = get("/jobs/" + jobId + "/savepoints/" + trigger);
                if ("COMPLETED".equals(status.path("status").path("id").asText())) {
                    JsonNode operation = status.path("operation");
                    if (!operation.has("failure-cause")) {
                        return operation.path("location").asText();
                    }
                    String cause = operation.path("failure-cause").path("stack-trace").asText();
                    if (attempt >= 3
                            || !cause.contains("declined")
                            || !"RUNNING".equals(state(jobId))) {
                        throw new AssertionError(
                                "stop with savepoint failed: "
                                        + cause.substring(0, Math.min(cause.length(), 600)));
                    }
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("no savepoint of " + jobId + " after " + timeout);
                }
                Thread.sleep(200);
            }
            Thread.sleep(1000);
        }
    }

    /** Waits until the vertex whose name contains {@code name} has finished (a bounded source). */
    public void awaitVertexFinished(String jobId, String name, Duration timeout)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (JsonNode vertex : job(jobId).path("vertices")) {
                if (vertex.path("name").asText().contains(name)
                        && "FINISHED".equals(vertex.path("status").asText())) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("vertex *" + name + "* of " + jobId + " not finished");
            }
            Thread.sleep(200);
        }
    }

    /** Cancels every job that is not finished yet (between tests). */
    public void cancelRunningJobs() throws IOException {
        for (JsonNode job : get("/jobs").path("jobs")) {
            String status = job.path("status").asText();
            if (!Set.of("FINISHED", "FAILED", "CANCELED").contains(status)) {
                send(
                        HttpRequest.newBuilder(
                                        URI.create(
                                                base
                                                        + "/jobs/"
                                                        + job.path("id").asText()
                                                        + "?mode=cancel"))
                                .method("PATCH", HttpRequest.BodyPublishers.noBody()));
            }
        }
    }
}
