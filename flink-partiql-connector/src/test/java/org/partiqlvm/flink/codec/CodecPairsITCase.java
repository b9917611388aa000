package org.partiqlvm.flink.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.api.DataTypes;
import org.apache.flink.table.data.DecimalData;
import org.apache.flink.table.data.GenericArrayData;
import org.apache.flink.table.data.GenericRowData;
import org.apache.flink.table.data.RowData;
import org.apache.flink.table.data.StringData;
import org.apache.flink.table.runtime.typeutils.InternalTypeInfo;
import org.apache.flink.table.types.logical.RowType;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.flink.PartiQLStream;
import org.partiqlvm.value.JavaValues;
import org.partiqlvm.value.json.JsonValueReader;

/**
 * Every input codec (with JSON text out) and every output codec (with JSON text in) on a mini
 * cluster at parallelism 2: the job's output equals the same codecs applied to the engine run
 * directly on the same records, as multisets, and typed outputs are never Kryo.
 */
class CodecPairsITCase {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER =
            new MiniClusterExtension(
                    new MiniClusterResourceConfiguration.Builder()
                            .setNumberTaskManagers(1)
                            .setNumberSlotsPerTaskManager(2)
                            .setConfiguration(
                                    new Configuration()
                                            .set(
                                                    WebOptions.UPLOAD_DIR,
                                                    Path.of("target", "flink-web-upload")
                                                            .toAbsolutePath()
                                                            .toString()))
                            .build());

    private static final String QUERY =
            "SELECT r.id, r.user.country AS country, i.sku, i.qty * i.price AS total"
                    + " FROM stream AS r, r.items AS i WHERE i.qty > 0";

    private static final CompiledPlan PLAN =
            PlanCompiler.compile(QUERY, CompileOptions.forStream("stream"));

    private static final List<String> ORDERS = orders(120, new Random(11));

    /** Decimals exact and with their written scale, as the JSON text codecs read them. */
    private static final ObjectMapper MAPPER =
            JsonMapper.builder()
                    .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
                    .build();

    // ----- inputs, each with JSON text out

    @Test
    void jsonBytesIn() throws Exception {
        checkInput(
                new JsonBytesInputCodec(),
                PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO,
                new ToBytes());
    }

    @Test
    void jacksonTreesIn() throws Exception {
        checkInput(new JsonNodeInputCodec(), new GenericTypeInfo<>(JsonNode.class), new ToTree());
    }

    @Test
    void mapsIn() throws Exception {
        checkInput(
                new MapInputCodec(),
                Types.MAP(Types.STRING, new GenericTypeInfo<>(Object.class)),
                new ToMap());
    }

    @Test
    void pojosIn() throws Exception {
        checkInput(
                new PojoInputCodec<>(OrderPojos.Order.class),
                TypeInformation.of(OrderPojos.Order.class),
                new ToPojo());
    }

    @Test
    void rowDataIn() throws Exception {
        checkInput(
                new RowDataInputCodec(RowDataCodecsTest.ORDER),
                InternalTypeInfo.of(RowDataCodecsTest.ORDER),
                new ToRowData());
    }

    // ----- outputs, each with JSON text in

    @Test
    void jsonBytesOut() throws Exception {
        List<byte[]> out =
                runJob(
                        new JsonStringInputCodec(),
                        Types.STRING,
                        s -> s,
                        new JsonBytesOutputCodec());
        List<String> text = new ArrayList<>();
        for (byte[] b : out) {
            text.add(new String(b, StandardCharsets.UTF_8));
        }
        assertThat(text).containsExactlyInAnyOrderElementsOf(direct(new JsonStringOutputCodec()));
    }

    @Test
    void rowsOut() throws Exception {
        checkOutput(RowOutputCodec.of(PLAN, Types.LONG, Types.STRING, Types.STRING, Types.BIG_DEC));
    }

    @Test
    void rowDataOut() throws Exception {
        RowType type =
                (RowType)
                        DataTypes.ROW(
                                        DataTypes.FIELD("id", DataTypes.BIGINT()),
                                        DataTypes.FIELD("country", DataTypes.STRING()),
                                        DataTypes.FIELD("sku", DataTypes.STRING()),
                                        DataTypes.FIELD("total", DataTypes.DECIMAL(12, 4)))
                                .getLogicalType();
        RowDataOutputCodec codec = RowDataOutputCodec.of(PLAN, type);
        assertThat(codec.producedType()).isEqualTo(InternalTypeInfo.of(type));
        // The collect sink hands back BinaryRowData: compare the fields.
        List<List<Object>> out = new ArrayList<>();
        for (RowData row : runJob(new JsonStringInputCodec(), Types.STRING, s -> s, codec)) {
            out.add(fields(row, type));
        }
        List<List<Object>> expected = new ArrayList<>();
        for (RowData row : direct(codec)) {
            expected.add(fields(row, type));
        }
        assertThat(out).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<Object> fields(RowData row, RowType type) {
        List<Object> fields = new ArrayList<>();
        for (int i = 0; i < type.getFieldCount(); i++) {
            Object f = RowData.createFieldGetter(type.getTypeAt(i), i).getFieldOrNull(row);
            fields.add(f == null ? null : f.toString());
        }
        return fields;
    }

    @Test
    void pojosOut() throws Exception {
        checkOutput(PojoOutputCodec.of(PLAN, OrderPojos.Total.class));
    }

    private static <IN> void checkInput(
            InputCodec<IN> codec, TypeInformation<IN> type, MapFunction<String, IN> convert)
            throws Exception {
        List<String> out = runJob(codec, type, convert, new JsonStringOutputCodec());
        assertThat(out)
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(direct(new JsonStringOutputCodec()));
    }

    private static <OUT> void checkOutput(OutputCodec<OUT> codec) throws Exception {
        assertThat(codec.producedType()).isNotInstanceOf(GenericTypeInfo.class);
        List<OUT> out = runJob(new JsonStringInputCodec(), Types.STRING, s -> s, codec);
        assertThat(out).isNotEmpty().containsExactlyInAnyOrderElementsOf(direct(codec));
    }

    private static <IN, OUT> List<OUT> runJob(
            InputCodec<IN> input,
            TypeInformation<IN> type,
            MapFunction<String, IN> convert,
            OutputCodec<OUT> output)
            throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        env.getConfig()
                .enableObjectReuse(); // records go from the converter to PartiQL by reference
        DataStream<IN> records = env.fromData(ORDERS).rebalance().map(convert).returns(type);
        DataStream<OUT> rows =
                PartiQLStream.plan(PLAN).input(input).output(output).applyTo(records);
        List<OUT> out = new ArrayList<>();
        try (CloseableIterator<OUT> it = rows.executeAndCollect()) {
            it.forEachRemaining(out::add);
        }
        return out;
    }

    /** The codec applied to the engine's rows for the JSON records, run in this thread. */
    private static <OUT> List<OUT> direct(OutputCodec<OUT> codec) {
        PartiQLVM vm = new PartiQLVM(PLAN);
        Bindings in = vm.newBindings();
        List<OUT> out = new ArrayList<>();
        for (String record : ORDERS) {
            in.setStreamRecord(0, JsonValueReader.standard().read(record));
            try (ResultStream rows = vm.execute(in)) {
                for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                    out.add(codec.encode(row));
                }
            }
        }
        return out;
    }

    static final class ToBytes implements MapFunction<String, byte[]> {
        @Override
        public byte[] map(String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
    }

    static final class ToTree implements MapFunction<String, JsonNode> {
        @Override
        public JsonNode map(String s) throws Exception {
            return MAPPER.readTree(s);
        }
    }

    static final class ToMap implements MapFunction<String, Map<String, Object>> {
        @Override
        @SuppressWarnings("unchecked")
        public Map<String, Object> map(String s) {
            return (Map<String, Object>) JavaValues.toJava(JsonValueReader.standard().read(s));
        }
    }

    static final class ToPojo implements MapFunction<String, OrderPojos.Order> {
        @Override
        public OrderPojos.Order map(String s) throws Exception {
            JsonNode n = MAPPER.readTree(s);
            OrderPojos.Order order = new OrderPojos.Order();
            order.id = n.get("id").longValue();
            order.user = new OrderPojos.User(n.get("user").get("country").textValue());
            for (JsonNode item : n.get("items")) {
                order.items.add(
                        new OrderPojos.Item(
                                item.get("sku").textValue(),
                                item.get("qty").longValue(),
                                item.get("price").decimalValue()));
            }
            return order;
        }
    }

    static final class ToRowData implements MapFunction<String, RowData> {
        @Override
        public RowData map(String s) throws Exception {
            JsonNode n = MAPPER.readTree(s);
            List<Object> items = new ArrayList<>();
            for (JsonNode item : n.get("items")) {
                items.add(
                        GenericRowData.of(
                                StringData.fromString(item.get("sku").textValue()),
                                item.get("qty").intValue(),
                                DecimalData.fromBigDecimal(
                                        item.get("price").decimalValue(), 10, 2)));
            }
            return GenericRowData.of(
                    n.get("id").longValue(),
                    GenericRowData.of(
                            StringData.fromString(n.get("user").get("country").textValue())),
                    new GenericArrayData(items.toArray()),
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** {@code n} orders with 0–3 items, some with a zero quantity; prices have two decimals. */
    private static List<String> orders(int n, Random random) {
        List<String> records = new ArrayList<>(n);
        String[] countries = {"NL", "DE", "FR"};
        for (int id = 0; id < n; id++) {
            StringBuilder json = new StringBuilder("{\"id\": ").append(id);
            json.append(", \"user\": {\"country\": \"")
                    .append(countries[random.nextInt(3)])
                    .append("\"}, \"items\": [");
            int items = random.nextInt(4);
            for (int k = 0; k < items; k++) {
                json.append(k == 0 ? "" : ", ")
                        .append("{\"sku\": \"s")
                        .append(random.nextInt(100))
                        .append("\", \"qty\": ")
                        .append(random.nextInt(4))
                        .append(", \"price\": ")
                        .append(BigDecimal.valueOf(random.nextInt(10_000), 2))
                        .append('}');
            }
            records.add(json.append("]}").toString());
        }
        return records;
    }
}
