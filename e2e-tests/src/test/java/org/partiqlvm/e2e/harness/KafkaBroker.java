package org.partiqlvm.e2e.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * A real Kafka broker ({@code kafka.Kafka} 4.x from Maven jars) in KRaft mode, in its own JVM on
 * 127.0.0.1 with free ports, its storage formatted under {@code target/} by Kafka's {@code
 * StorageTool}. Start and stop are bounded in time; {@link #close} stops exactly this process.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Path work;
    private final int port;
    private JvmProcess process;

    private KafkaBroker(Path work, int port) {
        this.work = work;
        this.port = port;
    }

    /** Formats the storage in {@code work} (emptied first), starts the broker and waits for it. */
    public static KafkaBroker start(Path work, String classpath)
            throws IOException, InterruptedException {
        WorkFiles.fresh(work);
        Files.createDirectories(work.resolve("data"));
        int[] ports = FreePorts.take(2);
        KafkaBroker broker = new KafkaBroker(work, ports[0]);
        try {
            Path config = broker.writeConfig(ports[0], ports[1]);
            String clusterId =
                    WorkFiles.runToEnd(classpath, "kafka.tools.StorageTool", "random-uuid").trim();
            String[] lines = clusterId.split("\n");
            clusterId = lines[lines.length - 1].trim();
            WorkFiles.runToEnd(
                    classpath,
                    "kafka.tools.StorageTool",
                    "format",
                    "-t",
                    clusterId,
                    "-c",
                    config.toString());
            broker.process =
                    JvmProcess.start(
                            "kafka-broker",
                            List.of(
                                    "-Xmx512m",
                                    "-XX:+UseSerialGC",
                                    "-Dlog4j2.configurationFile=" + broker.writeLogConfig().toUri(),
                                    "-cp",
                                    classpath,
                                    "kafka.Kafka",
                                    config.toString()),
                            work.resolve("kafka.out"),
                            work.resolve("kafka.log"));
            broker.awaitReady();
            return broker;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            if (broker.process != null) {
                System.err.println(broker.process.tail(80));
            }
            broker.close();
            throw e;
        }
    }

    /** {@code 127.0.0.1:PORT}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Creates topics with the given partition counts (replication factor 1). */
    public void createTopics(Map<String, Integer> partitions) throws Exception {
        try (Admin admin = admin()) {
            admin.createTopics(
                            partitions.entrySet().stream()
                                    .map(e -> new NewTopic(e.getKey(), e.getValue(), (short) 1))
                                    .toList())
                    .all()
                    .get(60, TimeUnit.SECONDS);
        }
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
        return Admin.create(props);
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try (Admin admin = admin()) {
                if (!admin.describeCluster().nodes().get(15, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (Exception notYet) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IOException("Kafka broker not ready: " + notYet, notYet);
                }
            }
            Thread.sleep(500);
        }
    }

    private Path writeConfig(int brokerPort, int controllerPort) throws IOException {
        Path config = work.resolve("server.properties");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                        "listeners=PLAINTEXT://127.0.0.1:"
                                + brokerPort
                                + ",CONTROLLER://127.0.0.1:"
                                + controllerPort,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                        "controller.listener.names=CONTROLLER",
                        "inter.broker.listener.name=PLAINTEXT",
                        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "log.dirs=" + work.resolve("data"),
                        "num.partitions=1",
                        "auto.create.topics.enable=false",
                        "offsets.topic.replication.factor=1",
                        "offsets.topic.num.partitions=4",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "transaction.state.log.num.partitions=4",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        ""));
        return config;
    }

    private Path writeLogConfig() throws IOException {
        Path config = work.resolve("log4j2.properties");
        WorkFiles.writeLog4j(config, work.resolve("kafka.log").toString());
        return config;
    }

    /** The last {@code lines} lines of the broker's log and output. */
    public String tail(int lines) {
        return process == null ? "" : process.tail(lines);
    }

    /** Stops the broker: SIGTERM, then SIGKILL after 20 s. */
    @Override
    public void close() {
        if (process != null) {
            process.stop(Duration.ofSeconds(20));
        }
    }
}
