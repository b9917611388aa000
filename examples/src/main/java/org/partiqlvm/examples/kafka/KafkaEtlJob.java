package org.partiqlvm.examples.kafka;

import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.partiqlvm.examples.JobArgs;
import org.partiqlvm.examples.Throttle;
import org.partiqlvm.examples.etl.DeadLetterJson;
import org.partiqlvm.examples.etl.OrdersEtlJob;
import org.partiqlvm.flink.DeadLetter;
import org.partiqlvm.flink.PartiQLStream;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The orders ETL ({@code queries/orders-etl.partiql}) from Kafka to Kafka, exactly once: orders are
 * read as UTF-8 JSON from {@code --input-topic}, every result row is written as JSON to {@code
 * --output-topic}, and every record that is not valid JSON goes with its error to {@code
 * --dead-letter-topic}. Both sinks are transactional: a checkpoint commits the rows and dead
 * letters of the records before it, so consumers reading with {@code isolation.level=
 * read_committed} see each record's rows exactly once, across failures and restarts.
 *
 * <p>Arguments: {@code --bootstrap-servers HOST:PORT,...} and the three topics (required); {@code
 * --group-id} (default {@code partiql-orders-etl}); {@code --transactional-id-prefix} (default the
 * group id; unique per job on a broker); {@code --checkpoint-interval MS} (default 5000; the
 * transactions commit on checkpoints, so this is also the output's latency); {@code --parallelism
 * N}; {@code --bounded} stops at the input's end offsets as of the start (otherwise the job runs
 * until cancelled); {@code --records-per-second N} throttles each subtask.
 */
public final class KafkaEtlJob {

    private KafkaEtlJob() {}

    /** Runs the job; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        String servers = params.getRequired("bootstrap-servers");
        String inputTopic = params.getRequired("input-topic");
        String outputTopic = params.getRequired("output-topic");
        String deadLetterTopic = params.getRequired("dead-letter-topic");
        String groupId = params.get("group-id", "partiql-orders-etl");
        String transactionalIdPrefix = params.get("transactional-id-prefix", groupId);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        JobArgs.configure(env, params, 5_000L);

        KafkaSourceBuilder<byte[]> source =
                KafkaSource.<byte[]>builder()
                        .setBootstrapServers(servers)
                        .setTopics(inputTopic)
                        .setGroupId(groupId)
                        .setStartingOffsets(OffsetsInitializer.earliest())
                        .setDeserializer(
                                KafkaRecordDeserializationSchema.valueOnly(
                                        ByteArrayDeserializer.class));
        if (params.has("bounded")) {
            source.setBounded(OffsetsInitializer.latest());
        }
        DataStream<byte[]> orders =
                env.fromSource(source.build(), WatermarkStrategy.noWatermarks(), "orders")
                        .uid("kafka-orders-source")
                        .map(new Throttle<byte[]>(params.getInt("records-per-second", 0)))
                        .name("replay rate");

        SingleOutputStreamOperator<String> rows =
                PartiQLStream.query(OrdersEtlJob.query())
                        .streamName(OrdersEtlJob.STREAM_NAME)
                        .onError(BadRecordPolicy.DEAD_LETTER)
                        .queryId(OrdersEtlJob.QUERY_ID)
                        .uid("partiql-orders-etl")
                        .applyTo(orders);
        DataStream<DeadLetter> deadLetters = rows.getSideOutput(PartiQLStream.DEAD_LETTERS);

        rows.sinkTo(exactlyOnce(servers, outputTopic, transactionalIdPrefix + "-rows"))
                .name("rows")
                .uid("kafka-rows-sink");
        deadLetters
                .map(new DeadLetterJson())
                .name("dead letter as JSON")
                .sinkTo(exactlyOnce(servers, deadLetterTopic, transactionalIdPrefix + "-dlq"))
                .name("dead letters")
                .uid("kafka-dead-letters-sink");
        env.execute("KafkaEtlJob");
    }

    /** A transactional sink of strings to {@code topic}, committed by each checkpoint. */
    private static KafkaSink<String> exactlyOnce(
            String servers, String topic, String transactionalIdPrefix) {
        Properties producer = new Properties();
        // Below the broker's transaction.max.timeout.ms (15 minutes by default).
        producer.setProperty("transaction.timeout.ms", "600000");
        return KafkaSink.<String>builder()
                .setBootstrapServers(servers)
                .setKafkaProducerConfig(producer)
                .setRecordSerializer(
                        KafkaRecordSerializationSchema.<String>builder()
                                .setTopic(topic)
                                .setValueSerializationSchema(new SimpleStringSchema())
                                .build())
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix(transactionalIdPrefix)
                .build();
    }
}
