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
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.util.ParameterTool;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.examples.BundledData;
import org.partiqlvm.flink.DeadLetter;
import org.partiqlvm.flink.PartiQLProcessFunction;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The main example: a streaming ETL of web-shop orders with one PartiQL statement.
 *
 * <p>Reads orders as JSON lines, unnests their line items, drops cancelled orders and empty lines,
 * normalizes the customer's email, tier and country, and computes each line's discounted total (the
 * statement is {@code queries/orders-etl.partiql}). Records that are not valid JSON go to a
 * dead-letter folder with the error. Results are JSON lines in {@code OUTPUT/rows/}, dead letters
 * in {@code OUTPUT/dead-letters/}, and a summary goes to stdout.
 *
 * <p>Run without arguments it reads the bundled {@code examples/data/orders.jsonl} on an embedded
 * Flink mini cluster with parallelism 2. Submitted to a real cluster, give {@code --input} and
 * {@code --output} (any Flink file system URI); {@code --parallelism N} overrides the default.
 */
public final class OrdersEtlJob {

    /** The statement's classpath resource. */
    public static final String QUERY_RESOURCE = "/queries/orders-etl.partiql";

    /** The name the statement reads each record by. */
    public static final String STREAM_NAME = "orders";

    private OrdersEtlJob() {}

    /** Runs the job; see the class comment for the arguments. */
    public static void main(String[] args) throws Exception {
        ParameterTool params = ParameterTool.fromArgs(args);
        String input = params.get("input", BundledData.path("orders.jsonl"));
        String output = params.get("output", "target/orders-etl");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(params.getInt("parallelism", 2));
        EtlSummary summary = run(env, input, output);
        System.out.print(summary.describe());
    }

    /**
     * Builds the job on {@code env}, runs it to the end and returns what it did. A local output
     * folder is emptied first, so its files are this run's.
     */
    public static EtlSummary run(StreamExecutionEnvironment env, String input, String output)
            throws Exception {
        Path rowsDir = new Path(output, "rows");
        Path deadLetterDir = new Path(output, "dead-letters");
        clearLocalFolder(rowsDir);
        clearLocalFolder(deadLetterDir);

        // The input is a bounded file: run in batch mode, so the file sink commits at the end.
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        FileSource<String> source =
                FileSource.forRecordStreamFormat(new TextLineInputFormat(), new Path(input))
                        .build();
        DataStream<String> records =
                env.fromSource(source, WatermarkStrategy.noWatermarks(), "orders")
                        .filter(line -> !line.isBlank())
                        .name("non-blank lines")
                        .map(new CountingMap<String>(EtlSummary.RECORDS_IN))
                        .name("count records");

        CompiledPlan plan = compile();
        SingleOutputStreamOperator<String> rows =
                records.process(
                                new PartiQLProcessFunction<>(
                                        plan,
                                        new JsonStringInputCodec(),
                                        new JsonStringOutputCodec(),
                                        QuerySettings.defaults(
                                                plan.source(), BadRecordPolicy.DEAD_LETTER),
                                        UdfRegistry.empty()))
                        .name("PartiQL: orders-etl");
        DataStream<DeadLetter> deadLetters =
                rows.getSideOutput(PartiQLProcessFunction.DEAD_LETTERS);

        rows.map(new CountingMap<String>(EtlSummary.ROWS_OUT))
                .name("count rows")
                .sinkTo(jsonLines(rowsDir, "rows"))
                .name("rows");
        deadLetters
                .map(new CountingMap<DeadLetter>(EtlSummary.DEAD_LETTERS))
                .name("count dead letters")
                .map(new DeadLetterJson())
                .name("dead letter as JSON")
                .sinkTo(jsonLines(deadLetterDir, "dead-letters"))
                .name("dead letters");

        JobExecutionResult result = env.execute("OrdersEtlJob");
        return EtlSummary.of(result, rowsDir.toString(), deadLetterDir.toString());
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

    private static FileSink<String> jsonLines(Path dir, String prefix) {
        return FileSink.forRowFormat(dir, new SimpleStringEncoder<String>("UTF-8"))
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withOutputFileConfig(
                        OutputFileConfig.builder()
                                .withPartPrefix(prefix)
                                .withPartSuffix(".jsonl")
                                .build())
                .build();
    }

    private static void clearLocalFolder(Path dir) throws IOException {
        URI uri = dir.toUri();
        if (uri.getScheme() != null && !"file".equals(uri.getScheme())) {
            return; // a remote file system: leave it to the user
        }
        java.nio.file.Path local = Paths.get(uri.getPath());
        if (!Files.isDirectory(local)) {
            return;
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
