package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.fn.FunctionDefinition;
import org.partiqlvm.engine.fn.FunctionSignature;
import org.partiqlvm.engine.fn.KindSet;
import org.partiqlvm.engine.fn.NullPolicy;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.EvaluationException;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.json.JsonValueReader;

/** User-defined functions: registration, compile-time checks, VM binding, calls and errors. */
class UdfRegistryTest {

    /** {@code clamp(x, lo, hi)} on INTs, reading and writing slots. */
    static final UdfRegistry UDFS =
            UdfRegistry.builder()
                    .add(
                            "clamp",
                            List.of(KindSet.INT, KindSet.INT, KindSet.INT),
                            NullPolicy.PROPAGATE,
                            (args, out, site) ->
                                    out.setLong(
                                            Math.max(
                                                    args[1].getLong(),
                                                    Math.min(
                                                            args[2].getLong(), args[0].getLong()))))
                    .addUnary(
                            "shout",
                            NullPolicy.PROPAGATE,
                            v -> Value.ofString(v.asString().toUpperCase() + "!"))
                    .addUnary(
                            "or_zero", NullPolicy.CUSTOM, v -> v.isUnknown() ? Value.ofLong(0) : v)
                    .addBinary(
                            "safe_div",
                            NullPolicy.PROPAGATE,
                            (a, b) ->
                                    b.asLong() == 0
                                            ? Value.MISSING
                                            : Value.ofLong(a.asLong() / b.asLong()))
                    .add(
                            "half",
                            List.of(KindSet.INT),
                            NullPolicy.PROPAGATE,
                            (args, out, site) -> {
                                if (args[0].getLong() % 2 != 0) {
                                    site.dataError(out, "odd number " + args[0].getLong());
                                } else {
                                    out.setLong(args[0].getLong() / 2);
                                }
                            })
                    .addUnary(
                            "explode",
                            NullPolicy.PROPAGATE,
                            v -> {
                                throw new ArithmeticException("boom");
                            })
                    .build();

    private static Value json(String text) {
        return JsonValueReader.standard().read(text);
    }

    private static CompiledPlan compile(String statement, EvalMode mode) {
        return PlanCompiler.compile(
                statement, CompileOptions.forStream("stream").withMode(mode).withUdfs(UDFS));
    }

    private static String run(String statement, EvalMode mode, String record) {
        PartiQLVM vm = new PartiQLVM(compile(statement, mode), UDFS);
        return vm.evaluate(vm.newBindings().setStreamRecord(0, json(record))).toString();
    }

    private static String run(String statement, String record) {
        return run(statement, EvalMode.COERCE, record);
    }

    // ---------------------------------------------------------------- registration

    @Test
    void registeredFunctionsAreFoundByNameInAnyCaseAndArity() {
        assertThat(UDFS.lookup("CLAMP", 3)).isNotNull();
        assertThat(UDFS.lookup("clamp", 2)).isNull();
        assertThat(UDFS.isDefined("Shout")).isTrue();
        assertThat(UDFS.isDefined("whisper")).isFalse();
        assertThat(UDFS.lookup("clamp", 3).signature()).isEqualTo("clamp(INT, INT, INT)");
        assertThat(UDFS.all())
                .extracting(FunctionDefinition::name)
                .containsExactly("clamp", "explode", "half", "or_zero", "safe_div", "shout");
    }

    @Test
    void oneNameMayHaveSeveralDisjointArities() {
        UdfRegistry udfs =
                UdfRegistry.builder()
                        .addUnary("pick", NullPolicy.PROPAGATE, v -> v)
                        .addBinary("pick", NullPolicy.PROPAGATE, (a, b) -> b)
                        .build();

        assertThat(udfs.definitions("pick")).hasSize(2);
        PartiQLVM vm =
                new PartiQLVM(
                        PlanCompiler.compile(
                                "[pick(1), pick(1, 2)]",
                                CompileOptions.withGlobals(List.of()).withUdfs(udfs)),
                        udfs);
        assertThat(vm.evaluate(vm.newBindings())).hasToString("[1, 2]");
    }

    @Test
    void overlappingAritiesAreRejected() {
        UdfRegistry.Builder builder =
                UdfRegistry.builder().addUnary("pick", NullPolicy.PROPAGATE, v -> v);

        assertThatThrownBy(() -> builder.addUnary("PICK", NullPolicy.CUSTOM, v -> v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pick(any value)")
                .hasMessageContaining("overlaps");
    }

    @Test
    void builtInsAndAggregatesCannotBeShadowed() {
        assertThatThrownBy(
                        () -> UdfRegistry.builder().addUnary("UPPER", NullPolicy.PROPAGATE, v -> v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'upper' would shadow the built-in function");
        assertThatThrownBy(
                        () -> UdfRegistry.builder().addUnary("count", NullPolicy.PROPAGATE, v -> v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'count' would shadow the built-in aggregate");
        assertThatThrownBy(
                        () ->
                                UdfRegistry.builder()
                                        .addUnary("extract", NullPolicy.PROPAGATE, v -> v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'extract' would shadow the built-in function");
        assertThatThrownBy(
                        () -> UdfRegistry.builder().addUnary("cast", NullPolicy.PROPAGATE, v -> v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cast(...) does not parse as a function call");
        assertThatThrownBy(
                        () ->
                                UdfRegistry.builder()
                                        .addUnary("not a name", NullPolicy.PROPAGATE, v -> v))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an identifier");
    }

    @Test
    void aBuiltRegistryIsNotChangedByItsBuilder() {
        UdfRegistry.Builder builder =
                UdfRegistry.builder().addUnary("one", NullPolicy.PROPAGATE, v -> v);
        UdfRegistry built = builder.build();
        builder.addUnary("two", NullPolicy.PROPAGATE, v -> v);

        assertThat(built.isDefined("two")).isFalse();
        assertThat(builder.build().isDefined("two")).isTrue();
        assertThat(UdfRegistry.builder().build().isEmpty()).isTrue();
    }

    // ---------------------------------------------------------------- calls

    @Test
    void udfsAreCalledThroughQueries() {
        assertThat(
                        run(
                                "SELECT clamp(i.qty, 0, 10) AS q, shout(i.sku) AS s "
                                        + "FROM stream AS r, r.items AS i",
                                "{\"items\": [{\"sku\": \"ab\", \"qty\": 25}, {\"sku\": \"c\", \"qty\": -3}]}"))
                .isEqualTo("<<{'q': 10, 's': 'AB!'}, {'q': 0, 's': 'C!'}>>");
        assertThat(run("SELECT VALUE safe_div(r.a, r.b) FROM stream AS r", "{\"a\": 7, \"b\": 2}"))
                .isEqualTo("<<3>>");
        assertThat(
                        run(
                                "SELECT VALUE (SELECT VALUE half(x) FROM r.xs AS x) FROM stream AS r",
                                "{\"xs\": [2, 4]}"))
                .isEqualTo("<<<<1, 2>>>>");
    }

    @Test
    void propagateSkipsTheFunctionForUnknownArguments() {
        assertThat(
                        run(
                                "SELECT VALUE [clamp(r.a, 0, 1), shout(r.b)] FROM stream AS r",
                                "{\"b\": null}"))
                .isEqualTo("<<[MISSING, NULL]>>");
    }

    @Test
    void customNullPolicyPassesUnknownsToTheFunction() {
        assertThat(
                        run(
                                "SELECT VALUE [or_zero(r.a), or_zero(r.b), or_zero(r.c)] FROM stream AS r",
                                "{\"b\": null, \"c\": 5}"))
                .isEqualTo("<<[0, 0, 5]>>");
    }

    @Test
    void argumentsOfUndeclaredKindsAreTypeMismatches() {
        assertThat(run("SELECT VALUE clamp(r.a, 0, 10) FROM stream AS r", "{\"a\": \"x\"}"))
                .isEqualTo("<<MISSING>>");
        assertThatThrownBy(
                        () ->
                                run(
                                        "SELECT VALUE clamp(r.a, 0, 10) FROM stream AS r",
                                        EvalMode.ERROR,
                                        "{\"a\": \"x\"}"))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("CLAMP: argument 1 must be INT, found STRING")
                .hasMessageContaining("1:14");
    }

    @Test
    void dataErrorsFollowTheMode() {
        assertThat(run("SELECT VALUE half(r.a) FROM stream AS r", "{\"a\": 3}"))
                .isEqualTo("<<MISSING>>");
        assertThatThrownBy(
                        () ->
                                run(
                                        "SELECT VALUE half(r.a) FROM stream AS r",
                                        EvalMode.ERROR,
                                        "{\"a\": 3}"))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("HALF: odd number 3");
    }

    @Test
    void anExceptionEscapingAUdfFailsTheExecutionNamingTheCall() {
        assertThatThrownBy(() -> run("SELECT VALUE explode(r.a) FROM stream AS r", "{\"a\": 1}"))
                .isInstanceOf(EvaluationException.class)
                .hasMessageContaining("EXPLODE: user-defined function failed")
                .hasMessageContaining("1:14")
                .hasCauseInstanceOf(ArithmeticException.class);
    }

    // ---------------------------------------------------------------- compile time

    @Test
    void wrongArityFailsAtCompileTimeNamingTheFunction() {
        assertThatThrownBy(
                        () ->
                                compile(
                                        "SELECT VALUE clamp(r.a, 1) FROM stream AS r",
                                        EvalMode.COERCE))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("user-defined function clamp does not take 2 arguments")
                .hasMessageContaining("clamp(INT, INT, INT)")
                .hasMessageContaining("1:14");
    }

    @Test
    void unknownFunctionsFailAtCompileTime() {
        assertThatThrownBy(
                        () ->
                                PlanCompiler.compile(
                                        "SELECT VALUE clamp(r.a, 0, 1) FROM stream AS r",
                                        CompileOptions.forStream("stream")))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("unknown function clamp");
    }

    @Test
    void thePlanRecordsTheSignaturesOfTheUdfsItCalls() {
        CompiledPlan plan =
                compile(
                        "SELECT VALUE [shout(r.a), clamp(r.b, 0, 1), shout(r.c)] FROM stream AS r",
                        EvalMode.COERCE);

        assertThat(plan.udfSignatures())
                .extracting(FunctionSignature::text)
                .containsExactly("shout(any value)", "clamp(INT, INT, INT)");
        assertThat(
                        compile("SELECT VALUE upper(r.a) FROM stream AS r", EvalMode.COERCE)
                                .udfSignatures())
                .isEmpty();
    }

    // ---------------------------------------------------------------- VM construction

    @Test
    void aVmWithoutTheUdfsOfItsPlanFailsAtConstruction() {
        CompiledPlan plan = compile("SELECT VALUE shout(r.a) FROM stream AS r", EvalMode.COERCE);

        assertThatThrownBy(() -> new PartiQLVM(plan))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shout(any value)")
                .hasMessageContaining("without a UdfRegistry");
        assertThatThrownBy(() -> new PartiQLVM(plan, UdfRegistry.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "calls the user-defined function shout(any value), which the UdfRegistry"
                                + " given to the VM does not provide");
        UdfRegistry otherShout =
                UdfRegistry.builder()
                        .add(
                                "shout",
                                List.of(KindSet.TEXT),
                                NullPolicy.PROPAGATE,
                                (args, out, site) -> out.setString(args[0].getString()))
                        .build();
        assertThatThrownBy(() -> new PartiQLVM(plan, otherShout))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("it defines [shout(STRING or SYMBOL)]");
    }

    @Test
    void aVmMayBeGivenAnyRegistryThatProvidesThePlansUdfs() {
        CompiledPlan plan = compile("SELECT VALUE shout(r.a) FROM stream AS r", EvalMode.COERCE);
        UdfRegistry whisper =
                UdfRegistry.builder()
                        .addUnary(
                                "shout",
                                NullPolicy.PROPAGATE,
                                v -> Value.ofString(v.asString().toLowerCase()))
                        .addUnary("unused", NullPolicy.PROPAGATE, v -> v)
                        .build();
        PartiQLVM vm = new PartiQLVM(plan, whisper);

        assertThat(vm.evaluate(vm.newBindings().setStreamRecord(0, json("{\"a\": \"Hi\"}"))))
                .hasToString("<<'hi'>>");
        PartiQLVM noUdfs =
                new PartiQLVM(
                        PlanCompiler.compile("1 + 1", CompileOptions.withGlobals(List.of())), null);
        assertThat(noUdfs.evaluate(noUdfs.newBindings())).hasToString("2");
    }

    // ---------------------------------------------------------------- serialization

    @Test
    void aPlanCallingUdfsAndItsRegistrySurviveSerialization() throws Exception {
        CompiledPlan plan =
                compile(
                        "SELECT clamp(r.a, 0, 10) AS c, shout(r.s) AS s, safe_div(r.a, 4) AS d "
                                + "FROM stream AS r",
                        EvalMode.COERCE);
        CompiledPlan planCopy = CompiledPlanSerializationTest.roundTrip(plan);
        UdfRegistry udfsCopy = CompiledPlanSerializationTest.roundTrip(UDFS);

        assertThat(planCopy.udfSignatures()).isEqualTo(plan.udfSignatures());
        PartiQLVM vm = new PartiQLVM(planCopy, udfsCopy);
        assertThat(
                        vm.evaluate(
                                vm.newBindings()
                                        .setStreamRecord(0, json("{\"a\": 12, \"s\": \"x\"}"))))
                .hasToString("<<{'c': 10, 's': 'X!', 'd': 3}>>");
    }
}
