package org.partiqlvm.flink.codec;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.partiqlvm.engine.ResultRow;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueArena;

/**
 * Emits each row as one {@link Value} ({@link ResultRow#toValue()}: a struct of the columns, or the
 * value of a {@code SELECT VALUE} row), copying any part an input codec read with value reuse
 * ({@link ValueArena#detach}), so the value may be kept. Allocates the value; Flink serializes it
 * generically.
 */
@PublicEvolving
public final class ValueOutputCodec implements OutputCodec<Value> {

    private static final long serialVersionUID = 1L;

    @Override
    public Value encode(ResultRow row) {
        return ValueArena.detach(row.toValue()); // input read with value reuse is only lent
    }

    @Override
    public TypeInformation<Value> producedType() {
        return TypeInformation.of(Value.class);
    }
}
