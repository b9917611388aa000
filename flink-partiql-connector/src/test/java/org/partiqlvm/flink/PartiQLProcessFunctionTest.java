package org.partiqlvm.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

class PartiQLProcessFunctionTest {

    @Test
    void deadLettersAreFlinkPojosNotKryo() {
        assertThat(TypeInformation.of(DeadLetter.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(PartiQLProcessFunction.DEAD_LETTERS.getTypeInfo())
                .isInstanceOf(PojoTypeInfo.class);
        assertThat(((PojoTypeInfo<?>) TypeInformation.of(DeadLetter.class)).getArity())
                .isEqualTo(7);
    }

    @Test
    void theFlatMapRejectsDeadLetterPointingToTheProcessFunction() {
        assertThatThrownBy(
                        () ->
                                new PartiQLFlatMapFunction<>(
                                        PlanCompiler.compile(
                                                "SELECT r.id FROM stream AS r",
                                                CompileOptions.forStream("stream")),
                                        new JsonStringInputCodec(),
                                        new JsonStringOutputCodec(),
                                        QuerySettings.defaults("q", BadRecordPolicy.DEAD_LETTER),
                                        UdfRegistry.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("DEAD_LETTER")
                .hasMessageContaining("PartiQLProcessFunction");
        assertThatThrownBy(
                        () ->
                                PartiQLFlatMapFunction.json(
                                        "SELECT r.id FROM stream AS r",
                                        BadRecordPolicy.DEAD_LETTER))
                .hasMessageContaining("PartiQLProcessFunction");
    }

    @Test
    void survivesJavaSerializationAsFlinkShipsIt() throws Exception {
        PartiQLProcessFunction<String, String> function =
                PartiQLProcessFunction.json(
                        "SELECT r.id FROM stream AS r WHERE r.id > 1", BadRecordPolicy.DEAD_LETTER);

        PartiQLProcessFunction<String, String> copy =
                InstantiationUtil.clone(function, getClass().getClassLoader());

        assertThat(copy.plan().source()).isEqualTo(function.plan().source());
        assertThat(copy.getProducedType()).isEqualTo(Types.STRING);
        // The copy runs: rows to the output, the bad record to the dead letters.
        try (OneInputStreamOperatorTestHarness<String, String> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(copy)) {
            harness.processElement("{\"id\": 1}", 0);
            harness.processElement("not json", 0);
            harness.processElement("{\"id\": 2}", 0);
            assertThat(harness.extractOutputValues()).containsExactly("{\"id\":2}");
            assertThat(harness.getSideOutput(PartiQLProcessFunction.DEAD_LETTERS))
                    .singleElement()
                    .satisfies(r -> assertThat(r.getValue().record).isEqualTo("not json"));
        }
    }
}
