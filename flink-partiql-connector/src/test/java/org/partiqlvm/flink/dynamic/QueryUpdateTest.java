package org.partiqlvm.flink.dynamic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.api.java.typeutils.TupleTypeInfo;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.UdfRegistry;
import org.partiqlvm.flink.QuerySettings;
import org.partiqlvm.flink.codec.JsonStringInputCodec;
import org.partiqlvm.flink.codec.JsonStringOutputCodec;
import org.partiqlvm.flink.error.BadRecordPolicy;

class QueryUpdateTest {

    @Test
    void updatesAndRejectionsAreFlinkPojosNotKryo() {
        assertThat(TypeInformation.of(QueryUpdate.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(TypeInformation.of(RejectedUpdate.class)).isInstanceOf(PojoTypeInfo.class);
        assertThat(PartiQLBroadcastFunction.json(BadRecordPolicy.SKIP).getProducedType())
                .isInstanceOf(TupleTypeInfo.class)
                .hasToString("Java Tuple2<String, String>");
    }

    @Test
    void factoriesSetTheOperation() {
        assertThat(QueryUpdate.add("a", "1").operation).isEqualTo(QueryUpdate.Operation.ADD);
        assertThat(QueryUpdate.replace("a", "2").operation)
                .isEqualTo(QueryUpdate.Operation.REPLACE);
        assertThat(QueryUpdate.remove("a").statement).isNull();
        assertThat(QueryUpdate.add("a", "1").inStrictMode().strict).isTrue();
        assertThat(QueryUpdate.add("a", "1")).isEqualTo(QueryUpdate.add("a", "1"));
        assertThat(QueryUpdate.add("a", "1").toString()).isEqualTo("ADD a: 1");
    }

    @Test
    void aRowLimitBelowOneIsRefused() {
        assertThatThrownBy(
                        () ->
                                new PartiQLBroadcastFunction<>(
                                        "stream",
                                        new JsonStringInputCodec(),
                                        new JsonStringOutputCodec(),
                                        new QuerySettings("q", BadRecordPolicy.FAIL, 0),
                                        UdfRegistry.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
