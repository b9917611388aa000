package org.partiqlvm.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partiqlvm.e2e.harness.ClusterExtension;
import org.partiqlvm.e2e.harness.KafkaBroker;
import org.partiqlvm.examples.etl.EngineRows;
import org.partiqlvm.examples.etl.OrdersDataGenerator;
import org.partiqlvm.examples.kafka.KafkaEtlJob;

/**
 * Kafka in and out: orders in a topic of a real broker, {@code KafkaEtlJob} (the PartiQL operator
 * between flink-connector-kafka's source and its transactional sinks) on the cluster with 1 s
 * checkpoints, and a TaskManager killed mid-way. Read back with {@code read_committed}, the rows
 * topic holds exactly the engine's rows for the orders and the dead-letter topic exactly the
 * malformed ones.
 */
@ExtendWith(ClusterExtension.class)
class KafkaClusterITCase {

    private static final int ORDERS = 6_000;
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        Path work = Path.of(System.getProperty("e2e.work.dir", "target/e2e")).toAbsolutePath();
        String classpath =
                Files.readString(Path.of(System.getProperty("e2e.kafka.classpath.file"))).trim();
        long start = System.nanoTime();
        broker = KafkaBroker.start(work.resolve("kafka"), classpath);
        System.out.printf("e2e: Kafka broker up in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Timeout(400)
    void exactlyOnceFromKafkaToKafkaThroughATaskManagerKill(ClusterExtension.Cluster cluster)
            throws Exception {
        broker.createTopics(Map.of("orders", 2, "order-lines", 2, "orders-dead-letters", 1));
        Path all = cluster.work().resolve("in/kafka-orders.jsonl");
        List<String> lines = produceOrders(all);

        String jobId =
                cluster.rest()
                        .runJar(
                                cluster.jarId(),
                                KafkaEtlJob.class.getName(),
                                List.of(
                                        "--bootstrap-servers",
                                        broker.bootstrapServers(),
                                        "--input-topic",
                                        "orders",
                                        "--output-topic",
                                        "order-lines",
                                        "--dead-letter-topic",
                                        "orders-dead-letters",
                                        "--group-id",
                                        "e2e-orders-etl",
                                        "--parallelism",
                                        "2",
                                        "--checkpoint-interval",
                                        "1000",
                                        "--records-per-second",
                                        "250",
                                        "--bounded"),
                                null,
                                null);
        cluster.rest().awaitState(jobId, Set.of("RUNNING"), Duration.ofMinutes(2));
        cluster.rest().awaitAllTasksRunning(jobId, Duration.ofMinutes(2));
        cluster.rest().awaitCheckpoints(jobId, 2, Duration.ofMinutes(2));

        Failover failover =
                Failover.killTaskManagerOf(cluster, jobId, "Source: orders", Duration.ofMinutes(2));
        cluster.rest().awaitState(jobId, Set.of("FINISHED"), Duration.ofMinutes(4));
        int restarts = cluster.rest().exceptions(jobId).size();
        System.out.println(failover.describe("Kafka ETL", restarts));

        List<String> expected = new ArrayList<>();
        int malformed = EngineRows.of(all, expected);
        List<String> rows = readCommitted("order-lines");
        List<String> deadLetters = readCommitted("orders-dead-letters");
        System.out.printf(
                "e2e: Kafka ETL: %d orders in, %d rows and %d dead letters committed%n",
                lines.size(), rows.size(), deadLetters.size());
        assertThat(restarts).isGreaterThanOrEqualTo(1);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(deadLetters).hasSize(malformed).allMatch(l -> l.contains("MALFORMED_RECORD"));
    }

    /** Writes the generated orders to the topic {@code orders} (and to {@code file}). */
    private static List<String> produceOrders(Path file) throws Exception {
        StringWriter text = new StringWriter();
        OrdersDataGenerator.write(text, ORDERS, OrdersDataGenerator.SEED + 3);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (String line : lines) {
                producer.send(
                        new ProducerRecord<>("orders", line.getBytes(StandardCharsets.UTF_8)));
            }
            producer.flush();
        }
        return lines;
    }

    /**
     * Every committed record of {@code topic}, read with {@code isolation.level=read_committed}.
     */
    private static List<String> readCommitted(String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions =
                    consumer.partitionsFor(topic).stream()
                            .map(p -> new TopicPartition(topic, p.partition()))
                            .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            // The end offsets of read_committed: the last stable offsets.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    values.add(new String(r.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }
}
