package org.partiqlvm.flink.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.table.api.ValidationException;
import org.apache.flink.table.functions.FunctionDefinition;
import org.apache.flink.table.types.DataType;
import org.apache.flink.table.types.inference.ArgumentCount;
import org.apache.flink.table.types.inference.CallContext;
import org.apache.flink.table.types.inference.ConstantArgumentCount;
import org.apache.flink.table.types.inference.InputTypeStrategy;
import org.apache.flink.table.types.inference.Signature;
import org.apache.flink.table.types.inference.TypeInference;
import org.apache.flink.table.types.logical.LogicalType;
import org.apache.flink.table.types.logical.LogicalTypeFamily;
import org.apache.flink.table.types.logical.LogicalTypeRoot;
import org.partiqlvm.flink.error.BadRecordPolicy;

/**
 * The planning-time side of {@code PARTIQL(statement, payload [, options])} and {@code
 * PARTIQL_VALUE}: checks the arguments (a string literal statement, a payload of a supported type,
 * literal options), compiles the statement and derives the output type from it.
 */
final class StatementCall {

    private StatementCall() {}

    /**
     * The type inference of a function whose output type {@code outputType} derives from the
     * compiled statement.
     */
    static TypeInference typeInference(Function<SqlStatement, DataType> outputType) {
        return TypeInference.newBuilder()
                .inputTypeStrategy(new Arguments())
                .outputTypeStrategy(call -> Optional.of(outputType.apply(compile(call))))
                .build();
    }

    /**
     * Compiles the call's statement with its options.
     *
     * @throws ValidationException if the statement is not a literal or not valid, or an option is
     *     bad
     */
    static SqlStatement compile(CallContext call) {
        String name = call.getName();
        if (!call.isArgumentLiteral(0) || call.isArgumentNull(0)) {
            throw new ValidationException(
                    name
                            + ": the statement (first argument) must be a string literal, compiled"
                            + " once when the query is planned; it cannot be a column or an"
                            + " expression");
        }
        String text =
                call.getArgumentValue(0, String.class)
                        .orElseThrow(
                                () ->
                                        new ValidationException(
                                                name + ": the statement must be a string"));
        Configuration options = new Configuration();
        if (call.getArgumentDataTypes().size() > 2) {
            options = options(call);
        }
        return SqlStatement.compile(text, options, BadRecordPolicy.SKIP);
    }

    @SuppressWarnings("unchecked")
    private static Configuration options(CallContext call) {
        String name = call.getName();
        LogicalType type = call.getArgumentDataTypes().get(2).getLogicalType();
        if (!call.isArgumentLiteral(2)) {
            // Flink counts a MAP[...] of literals as a literal from 2.3 on; 1.20 and 2.2 do not.
            String hint =
                    type.getTypeRoot() == LogicalTypeRoot.MAP
                            ? " (Flink before 2.3 does not pass MAP[...] as a literal: write the"
                                    + " options as a string 'key=value, ...')"
                            : "";
            throw new ValidationException(
                    name + ": the options (third argument) must be a literal" + hint);
        }
        if (type.getTypeRoot() == LogicalTypeRoot.MAP) {
            Map<String, String> map = call.getArgumentValue(2, Map.class).orElse(Map.of());
            return PartiQLOptions.fromMap(map);
        }
        return PartiQLOptions.parse(call.getArgumentValue(2, String.class).orElse(""));
    }

    /** Statement (string literal), payload (STRING, BYTES, VARIANT, ROW), options. */
    private static final class Arguments implements InputTypeStrategy {

        @Override
        public ArgumentCount getArgumentCount() {
            return ConstantArgumentCount.between(2, 3);
        }

        @Override
        public Optional<List<DataType>> inferInputTypes(CallContext call, boolean throwOnFailure) {
            List<DataType> args = call.getArgumentDataTypes();
            if (!args.get(0).getLogicalType().is(LogicalTypeFamily.CHARACTER_STRING)) {
                return call.fail(
                        throwOnFailure,
                        "%s: the statement (first argument) must be a string literal",
                        call.getName());
            }
            try {
                PayloadCodec.kindOf(args.get(1).getLogicalType());
            } catch (ValidationException e) {
                return call.fail(throwOnFailure, "%s: %s", call.getName(), e.getMessage());
            }
            List<DataType> bridged = new ArrayList<>();
            bridged.add(args.get(0).bridgedTo(String.class));
            bridged.add(SqlColumnTypes.internal(args.get(1)));
            if (args.size() > 2) {
                LogicalType options = args.get(2).getLogicalType();
                if (!options.is(LogicalTypeFamily.CHARACTER_STRING)
                        && options.getTypeRoot() != LogicalTypeRoot.MAP) {
                    return call.fail(
                            throwOnFailure,
                            "%s: the options (third argument) must be a string"
                                    + " 'key=value, ...' or a MAP<STRING, STRING>",
                            call.getName());
                }
                bridged.add(SqlColumnTypes.internal(args.get(2)));
            }
            return Optional.of(bridged);
        }

        @Override
        public List<Signature> getExpectedSignatures(FunctionDefinition definition) {
            return List.of(
                    Signature.of(
                            Signature.Argument.of("statement", "STRING"),
                            Signature.Argument.of("payload", "STRING | BYTES | VARIANT | ROW")),
                    Signature.of(
                            Signature.Argument.of("statement", "STRING"),
                            Signature.Argument.of("payload", "STRING | BYTES | VARIANT | ROW"),
                            Signature.Argument.of("options", "STRING | MAP<STRING, STRING>")));
        }
    }
}
