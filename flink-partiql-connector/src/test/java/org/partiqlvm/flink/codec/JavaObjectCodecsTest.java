package org.partiqlvm.flink.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ValueEquivalence;
import org.partiqlvm.value.json.JsonValueReader;

/** The codecs for Jackson trees, maps, POJOs and JSON bytes, through their public API. */
class JavaObjectCodecsTest {

    private static final String ORDER =
            "{\"id\": 7, \"user\": {\"country\": \"NL\"}, \"items\": [{\"sku\": \"a\", \"qty\":"
                    + " 2, \"price\": 1.25}, {\"sku\": \"b\", \"qty\": 0, \"price\": 9.5}],"
                    + " \"status\": \"OPEN\"}";

    private static final String QUERY =
            "SELECT r.id, r.user.country AS country, i.sku, i.qty * i.price AS total"
                    + " FROM stream AS r, r.items AS i WHERE i.qty > 0";

    private static CompiledPlan plan(String query) {
        return PlanCompiler.compile(query, CompileOptions.forStream("stream"));
    }

    static <OUT> List<OUT> run(CompiledPlan plan, Value record, OutputCodec<OUT> codec) {
        PartiQLVM vm = new PartiQLVM(plan);
        Bindings in = vm.newBindings();
        in.setStreamRecord(0, record);
        List<OUT> out = new ArrayList<>();
        try (ResultStream rows = vm.execute(in)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                out.add(codec.encode(row));
            }
        }
        return out;
    }

    static OrderPojos.Order orderPojo() {
        OrderPojos.Order order = new OrderPojos.Order();
        order.id = 7;
        order.user = new OrderPojos.User("NL");
        order.items.add(new OrderPojos.Item("a", 2, new BigDecimal("1.25")));
        order.items.add(new OrderPojos.Item("b", 0, new BigDecimal("9.5")));
        return order;
    }

    private static boolean same(Value a, Value b) {
        return ValueEquivalence.equivalent(a, b);
    }

    @Test
    void aJacksonTreeReadsLikeTheJsonText() throws Exception {
        ObjectMapper mapper =
                new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

        Value fromTree = new JsonNodeInputCodec().decode(mapper.readTree(ORDER));

        assertThat(same(fromTree, JsonValueReader.standard().read(ORDER))).isTrue();
        assertThat(new JsonNodeInputCodec().decode(MissingNode.getInstance()).isMissing()).isTrue();
        assertThat(
                        new JsonNodeInputCodec()
                                .decode(new ObjectMapper().readTree("1.5"))
                                .kind()
                                .name())
                .isEqualTo("FLOAT"); // a plain mapper reads doubles
    }

    @Test
    void aMapReadsAsAStructAndAnUnsupportedValueIsABadRecord() {
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("country", "NL");
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", 7L);
        order.put("user", user);
        order.put("items", List.of(Map.of("sku", "a", "qty", 2, "price", new BigDecimal("1.25"))));

        Value v = new MapInputCodec().decode(order);

        assertThat(run(plan(QUERY), v, new JsonStringOutputCodec()))
                .containsExactly("{\"id\":7,\"country\":\"NL\",\"sku\":\"a\",\"total\":2.50}");
        assertThatThrownBy(() -> new MapInputCodec().decode(Map.of("x", new Object())))
                .isInstanceOf(ValueDecodeException.class);
    }

    @Test
    void aPojoReadsAsAStructOfItsFieldsAndGetters() {
        Value v = new PojoInputCodec<>(OrderPojos.Order.class).decode(orderPojo());

        assertThat(v.get("status", true).asString()).isEqualTo("OPEN");
        assertThat(v.get("user", true).get("country", true).asString()).isEqualTo("NL");
        assertThat(run(plan(QUERY), v, new JsonStringOutputCodec()))
                .containsExactly("{\"id\":7,\"country\":\"NL\",\"sku\":\"a\",\"total\":2.50}");
    }

    @Test
    void rowsBecomePojosByColumnName() {
        CompiledPlan plan = plan(QUERY);
        PojoOutputCodec<OrderPojos.Total> codec = PojoOutputCodec.of(plan, OrderPojos.Total.class);

        assertThat(codec.producedType()).isInstanceOf(PojoTypeInfo.class);
        assertThat(run(plan, JsonValueReader.standard().read(ORDER), codec))
                .containsExactly(new OrderPojos.Total(7L, "NL", "a", new BigDecimal("2.50")));
        List<OrderPojos.Total> missing =
                run(
                        plan,
                        JsonValueReader.standard().read("{\"id\": 1, \"items\": [{\"qty\": 1}]}"),
                        codec);
        assertThat(missing).containsExactly(new OrderPojos.Total(1L, null, null, null));
    }

    @Test
    void aPojoOutputMisfitIsABadRecordAndBadShapesFailUpFront() {
        CompiledPlan plan = plan("SELECT r.id, r.sku FROM stream AS r");
        PojoOutputCodec<OrderPojos.Total> codec = PojoOutputCodec.of(plan, OrderPojos.Total.class);

        assertThatThrownBy(
                        () -> run(plan, JsonValueReader.standard().read("{\"id\": \"x\"}"), codec))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("('id') holds STRING");
        assertThatThrownBy(
                        () ->
                                PojoOutputCodec.of(
                                        plan("SELECT r.nope FROM stream AS r"),
                                        OrderPojos.Total.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'nope'");
        assertThatThrownBy(() -> PojoOutputCodec.of(plan, Object.class))
                .isInstanceOf(IllegalArgumentException.class);
        CompiledPlan qty = plan("SELECT r.qty FROM stream AS r");
        PojoOutputCodec<OrderPojos.Item> items = PojoOutputCodec.of(qty, OrderPojos.Item.class);
        assertThatThrownBy(() -> run(qty, JsonValueReader.standard().read("{}"), items))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("boxed");
    }

    @Test
    void jsonBytesAreTheUtf8OfTheJsonText() {
        CompiledPlan plan = plan("SELECT r.name, r.gone FROM stream AS r");
        Value record = JsonValueReader.standard().read("{\"name\": \"Zoë\"}");

        List<byte[]> bytes = run(plan, record, new JsonBytesOutputCodec());

        assertThat(new String(bytes.get(0), StandardCharsets.UTF_8))
                .isEqualTo(run(plan, record, new JsonStringOutputCodec()).get(0))
                .isEqualTo("{\"name\":\"Zoë\"}");
    }
}
