package org.partiqlvm.e2e.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Gives tests the one Flink cluster of this test run ({@link FlinkCluster}, two TaskManagers) with
 * the examples' job jar uploaded: started on first use, stopped when the whole run ends (the root
 * store closes it), and by the JVM shutdown hook of {@link JvmProcess} if the run is cut short.
 * Before each test the cluster has its two TaskManagers again (a test may have killed one); after
 * each test its jobs are cancelled; a failing test prints the tail of every process's log.
 */
public final class ClusterExtension
        implements ParameterResolver,
                BeforeEachCallback,
                AfterEachCallback,
                TestExecutionExceptionHandler {

    /** TaskManagers in the cluster at the start of every test. */
    public static final int TASK_MANAGERS = 2;

    /** The shared cluster and the id of the uploaded job jar. */
    public record Cluster(FlinkCluster flink, String jarId, Path work) {
        /** The cluster's REST API. */
        public FlinkRest rest() {
            return flink.rest();
        }
    }

    private static final class Holder implements ExtensionContext.Store.CloseableResource {
        final Cluster cluster;

        Holder(Cluster cluster) {
            this.cluster = cluster;
        }

        @Override
        public void close() {
            cluster.flink().close();
        }
    }

    /** The cluster of this run, started on first call. */
    public static Cluster cluster(ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Holder.class, k -> startCluster(), Holder.class)
                .cluster;
    }

    private static Holder startCluster() {
        try {
            Path work = Path.of(System.getProperty("e2e.work.dir", "target/e2e")).toAbsolutePath();
            String classpath =
                    Files.readString(Path.of(System.getProperty("e2e.flink.classpath.file")))
                            .trim();
            // The SQL jar in the cluster's lib/, as its docs say to install it.
            String sqlJar = System.getProperty("e2e.sql.jar");
            if (sqlJar != null && Files.isRegularFile(Path.of(sqlJar))) {
                classpath = classpath + java.io.File.pathSeparator + sqlJar;
            }
            long start = System.nanoTime();
            FlinkCluster flink =
                    FlinkCluster.start(work.resolve("flink"), classpath, TASK_MANAGERS);
            try {
                System.out.printf(
                        "e2e: Flink cluster (1 JobManager, %d TaskManagers) up in %.1f s%n",
                        TASK_MANAGERS, (System.nanoTime() - start) / 1e9);
                String jarId = flink.rest().uploadJar(jobJar());
                return new Holder(new Cluster(flink, jarId, work));
            } catch (IOException | RuntimeException e) {
                flink.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The examples' job jar, as {@code mvn package} built it. */
    public static Path jobJar() {
        Path jar =
                Path.of(
                        System.getProperty(
                                "e2e.job.jar", "../examples/target/flink-partiql-examples.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: build the examples module first");
        }
        return jar;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        cluster(context).flink().ensureTaskManagers(TASK_MANAGERS);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        cluster(context).rest().cancelRunningJobs();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure)
            throws Throwable {
        System.err.println(
                "e2e: "
                        + context.getDisplayName()
                        + " failed; process logs:\n"
                        + cluster(context).flink().tails(60));
        throw failure;
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Cluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return cluster(context);
    }
}
