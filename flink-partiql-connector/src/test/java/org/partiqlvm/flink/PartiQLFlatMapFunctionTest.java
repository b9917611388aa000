package org.partiqlvm.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.operators.StreamFlatMap;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;
import org.partiqlvm.syntax.ParseException;

class PartiQLFlatMapFunctionTest {

    @Test
    void aBadStatementFailsWhenTheJobIsBuilt() {
        assertThatThrownBy(() -> PartiQLFlatMapFunction.json("SELECT r.id FROM stream AS r WHERE"))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("1:");
    }

    @Test
    void aPlanWithoutAGlobalIsRejected() {
        assertThatThrownBy(
                        () ->
                                new PartiQLFlatMapFunction<>(
                                        PlanCompiler.compile(
                                                "SELECT VALUE 1 FROM <<1>> AS x",
                                                CompileOptions.withGlobals(List.of())),
                                        new JsonStringInputCodec(),
                                        new JsonStringOutputCodec(),
                                        QuerySettings.defaults("1", BadRecordPolicy.FAIL),
                                        UdfRegistry.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CompileOptions.forStream");
    }

    @Test
    void survivesJavaSerializationAsFlinkShipsIt() throws Exception {
        PartiQLFlatMapFunction<String, String> function =
                PartiQLFlatMapFunction.json(
                        "SELECT r.id FROM stream AS r WHERE r.id > 1", BadRecordPolicy.SKIP);

        PartiQLFlatMapFunction<String, String> copy =
                InstantiationUtil.clone(function, getClass().getClassLoader());

        assertThat(copy.plan().source()).isEqualTo(function.plan().source());
        assertThat(copy.getProducedType()).isEqualTo(Types.STRING);
        // The copy runs: it opens its own VM and filters as the statement says.
        try (OneInputStreamOperatorTestHarness<String, String> harness =
                new OneInputStreamOperatorTestHarness<>(new StreamFlatMap<>(copy))) {
            harness.open();
            harness.processElement("{\"id\": 1}", 0);
            harness.processElement("{\"id\": 2}", 0);
            harness.processElement("not json", 0); // skipped under SKIP
            harness.processElement("{\"id\": 3}", 0);
            assertThat(harness.extractOutputValues()).containsExactly("{\"id\":2}", "{\"id\":3}");
        }
    }
}
