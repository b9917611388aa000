package org.partiqlvm.flink.codec;

import java.util.List;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.Value;

/** Passes records that already are PartiQL values through unchanged. */
@PublicEvolving
public final class ValueInputCodec implements InputCodec<Value> {

    private static final long serialVersionUID = 1L;

    /** Decoding does not depend on the plan, so one decode serves every query. */
    @Override
    public boolean openShared(List<CompiledPlan> plans) {
        return true;
    }

    @Override
    public Value decode(Value record) {
        return record;
    }
}
