package org.partiqlvm.flink.codec;

import java.util.List;
import java.util.Map;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.JavaValues;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Reads a {@code Map<String, Object>} as a struct (iteration order kept), nested maps, lists and
 * scalars as {@link JavaValues#fromJava} maps them: null → NULL, numbers, strings, booleans, {@code
 * java.time} values, {@code byte[]}. A value of another class makes the record bad.
 */
@PublicEvolving
public final class MapInputCodec implements InputCodec<Map<String, Object>> {

    private static final long serialVersionUID = 1L;

    /** Decoding does not depend on the plan, so one decode serves every query. */
    @Override
    public boolean openShared(List<CompiledPlan> plans) {
        return true;
    }

    @Override
    public Value decode(Map<String, Object> record) {
        if (record == null) {
            throw new ValueDecodeException("null record");
        }
        try {
            return JavaValues.fromJava(record);
        } catch (IllegalArgumentException e) {
            throw new ValueDecodeException("unsupported map value: " + e.getMessage(), e);
        }
    }
}
