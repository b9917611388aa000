package org.partiqlvm.flink.codec;

import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.value.Value;

/** Passes records that already are PartiQL values through unchanged. */
@PublicEvolving
public final class ValueInputCodec implements InputCodec<Value> {

    private static final long serialVersionUID = 1L;

    @Override
    public Value decode(Value record) {
        return record;
    }
}
