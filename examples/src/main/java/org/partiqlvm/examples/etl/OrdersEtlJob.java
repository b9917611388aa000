package org.partiqlvm.examples.etl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.examples.JobArgs;
import org.partiqlvm.examples.JsonLinesSink;
import org.partiqlvm.examples.Throttle;
import org.partiqlvm.flink.DeadLetter;
import org.partiqlvm.flink.PartiQLStream;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The main example: an ETL of web-shop orders with one PartiQL statement.
 *
 * <p>Reads orders as JSON lines, unnests their line items, drops cancelled orders and empty lines,
 * normalizes the customer's email, tier and country, and computes each line's discounted total (the
 * statement is {@code queries/orders-etl.partiql}). Records that are not valid JSON go to a
 * dead-letter folder with the error. Results are JSON lines in {@code OUTPUT/rows/}, dead letters
 * in {@code OUTPUT/dead-letters/}; when the job runs attached (embedded, or {@code flink run}
 * without {@code -d}) a summary goes to stdout.
 *
 * <p>Arguments: {@code --input} (default the bundled {@code examples/data/orders.jsonl}), {@code
 * --output} (default {@code target/orders-etl}), {@code --parallelism N} (default 2). Without
 * {@code --checkpoint-interval} the job runs in batch mode and commits its files at the end. With
 * {@code --checkpoint-interval MS} it runs in streaming mode with exactly-once checkpoints, and its
 * files are committed by each checkpoint: after a failure it resumes from the last one, and the
 * committed rows hold every record exactly once. {@code --records-per-second N} replays the input
 * at most that fast per subtask.
 */
public final class OrdersEtlJob {

    /** The statement's classpath resource. */
    public static final String QUERY_RESOURCE = "/queries/orders-etl.partiql";

    /** The name the statement reads each record by. */
    public static final String STREAM_NAME = "orders";

    /** The query id in dead letters, metrics and the operator name. */
    public static final String QUERY_ID = "orders-etl";

    private OrdersEtlJob() {}

    /** Runs the job; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        String input = JobArgs.pathOrBundled(params, "input", "orders.jsonl");
        String output = params.get("output", "target/orders-etl");
        int recordsPerSecond = params.getInt("records-per-second", 0);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        boolean streaming = JobArgs.configure(env, params) > 0;

        if (!JobArgs.restoring(env)) {
            clearLocalFolder(new Path(output));
        }
        build(env, input, output, streaming, recordsPerSecond);
        JobExecutionResult result = env.execute("OrdersEtlJob");
        // A detached submission returns before the job ends, without accumulators.
        if (result.isJobExecutionResult()) {
            System.out.print(EtlSummary.of(result, output).describe());
        } else {
            System.out.println("OrdersEtlJob submitted as job " + result.getJobID());
        }
    }

    /**
     * Builds the job in batch mode on {@code env}, runs it to the end and returns what it did. A
     * local output folder is emptied first, so its files are this run's.
     */
    public static EtlSummary run(StreamExecutionEnvironment env, String input, String output)
            throws Exception {
        clearLocalFolder(new Path(output));
        build(env, input, output, false, 0);
        return EtlSummary.of(env.execute("OrdersEtlJob"), output);
    }

    /**
     * Adds the job to {@code env}: in batch mode when {@code streaming} is false, else in streaming
     * mode (give {@code env} checkpointing for exactly-once files).
     */
    public static void build(
            StreamExecutionEnvironment env,
            String input,
            String output,
            boolean streaming,
            int recordsPerSecond) {
        env.setRuntimeMode(streaming ? RuntimeExecutionMode.STREAMING : RuntimeExecutionMode.BATCH);
        FileSource<String> source =
                FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(input))
                        .build();
        // Set the source's parallelism: in batch mode Flink would otherwise infer 1 for one file,
        // and the chained pipeline behind it would run at 1 whatever --parallelism says.
        DataStream<String> records =
                env.fromSource(source, WatermarkStrategy.noWatermarks(), "orders")
                        .setParallelism(env.getParallelism())
                        .uid("orders-source")
                        .map(new Throttle<String>(recordsPerSecond))
                        .name("replay rate")
                        .filter(line -> !line.isBlank())
                        .name("non-blank lines")
                        .map(new CountingMap<String>(EtlSummary.RECORDS_IN))
                        .name("count records");

        SingleOutputStreamOperator<String> rows =
                PartiQLStream.query(query())
                        .streamName(STREAM_NAME)
                        .onError(BadRecordPolicy.DEAD_LETTER)
                        .queryId(QUERY_ID)
                        .uid("partiql-orders-etl")
                        .applyTo(records);
        DataStream<DeadLetter> deadLetters = rows.getSideOutput(PartiQLStream.DEAD_LETTERS);

        rows.map(new CountingMap<String>(EtlSummary.ROWS_OUT))
                .name("count rows")
                .sinkTo(JsonLinesSink.to(new Path(output, "rows"), "rows"))
                .name("rows")
                .uid("rows-sink");
        deadLetters
                .map(new CountingMap<DeadLetter>(EtlSummary.DEAD_LETTERS))
                .name("count dead letters")
                .map(new DeadLetterJson())
                .name("dead letter as JSON")
                .sinkTo(JsonLinesSink.to(new Path(output, "dead-letters"), "dead-letters"))
                .name("dead letters")
                .uid("dead-letters-sink");
    }

    /**
     * The ETL statement, compiled on the client: a bad statement fails here, not on the cluster.
     */
    public static CompiledPlan compile() {
        return PlanCompiler.compile(query(), CompileOptions.forStream(STREAM_NAME));
    }

    /** The ETL statement's text. */
    public static String query() {
        try (InputStream in = OrdersEtlJob.class.getResourceAsStream(QUERY_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + QUERY_RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Empties {@code OUTPUT/rows} and {@code OUTPUT/dead-letters} of a local output folder. */
    private static void clearLocalFolder(Path output) throws IOException {
        for (String sub : new String[] {"rows", "dead-letters"}) {
            URI uri = new Path(output, sub).toUri();
            if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
                return; // a remote file system: leave it to the user
            }
            java.nio.file.Path local = Paths.get(uri.getPath());
            if (!Files.isDirectory(local)) {
                continue;
            }
            try (Stream<java.nio.file.Path> files = Files.walk(local)) {
                for (java.nio.file.Path p :
                        (Iterable<java.nio.file.Path>)
                                files.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(p);
                }
            }
        }
    }
}
