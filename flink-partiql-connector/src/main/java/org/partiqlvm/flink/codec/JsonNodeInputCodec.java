package org.partiqlvm.flink.codec;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.flink.annotation.PublicEvolving;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.value.ListValue;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueDecodeException;

/**
 * Reads a Jackson {@link JsonNode} tree by walking it (no re-serialization): objects become structs
 * (field order kept), arrays lists, text STRING, booleans BOOL, integral numbers INT (BigInteger
 * beyond 64 bits), {@code DecimalNode} DECIMAL, {@code DoubleNode}/{@code FloatNode} FLOAT, binary
 * BLOB, {@code null} NULL and a {@code MissingNode} MISSING. (An {@code ObjectMapper} reads
 * fractional numbers as doubles unless {@code USE_BIG_DECIMAL_FOR_FLOATS} is on, and its node
 * factory strips the trailing zeros of decimals, {@code 1.50} to {@code 1.5}, unless {@code
 * JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES} is off; the JSON text codecs read them as
 * DECIMALs exactly as written, so a tree built with both settings reads the same.)
 */
@PublicEvolving
public final class JsonNodeInputCodec implements InputCodec<JsonNode> {

    private static final long serialVersionUID = 1L;

    /** Decoding does not depend on the plan, so one decode serves every query. */
    @Override
    public boolean openShared(List<CompiledPlan> plans) {
        return true;
    }

    @Override
    public Value decode(JsonNode record) {
        if (record == null) {
            throw new ValueDecodeException("null record");
        }
        return toValue(record);
    }

    private static Value toValue(JsonNode node) {
        switch (node.getNodeType()) {
            case OBJECT:
                StructValue.Builder struct = StructValue.builder();
                for (Map.Entry<String, JsonNode> field : node.properties()) {
                    struct.add(field.getKey(), toValue(field.getValue()));
                }
                return struct.build();
            case ARRAY:
                Value[] elements = new Value[node.size()];
                for (int i = 0; i < elements.length; i++) {
                    elements[i] = toValue(node.get(i));
                }
                return ListValue.wrap(elements);
            case STRING:
                return Value.ofString(node.textValue());
            case BOOLEAN:
                return Value.ofBool(node.booleanValue());
            case NUMBER:
                if (node.isIntegralNumber()) {
                    return node.canConvertToLong()
                            ? Value.ofLong(node.longValue())
                            : Value.ofBigInteger(node.bigIntegerValue());
                }
                return node.isBigDecimal()
                        ? Value.ofDecimal(node.decimalValue())
                        : Value.ofDouble(node.doubleValue());
            case BINARY:
                try {
                    return Value.ofBlob(node.binaryValue());
                } catch (IOException e) {
                    throw new ValueDecodeException("unreadable binary node", e);
                }
            case NULL:
                return Value.NULL;
            case MISSING:
                return Value.MISSING;
            default:
                throw new ValueDecodeException(
                        "unsupported JSON node " + node.getNodeType() + ": " + node);
        }
    }

    @Override
    public String describe(JsonNode record) {
        return String.valueOf(record);
    }
}
