package org.partiqlvm.engine.fn;

import static org.partiqlvm.engine.fn.Statements.assertDataError;
import static org.partiqlvm.engine.fn.Statements.assertGives;

import org.junit.jupiter.api.Test;

/** JSON_PARSE and JSON_SERIALIZE, end to end in both modes. */
class JsonFunctionsTest {

    @Test
    void parseReadsAsTheRecordReaderDoes() {
        assertGives(
                "JSON_PARSE('{\"a\": 1, \"b\": [true, null, 1.50, \"x\"], \"a\": 2}')",
                "{'a': 1, 'b': [true, NULL, 1.50, 'x'], 'a': 2}");
        assertGives("JSON_PARSE(' 12345678901234567890123 ')", "12345678901234567890123");
        assertGives("JSON_PARSE('null')", "NULL");
        assertGives("JSON_PARSE(NULL)", "NULL");
        assertGives("JSON_PARSE(MISSING)", "MISSING");
        assertGives(
                "SELECT VALUE JSON_PARSE(e.payload).id FROM <<{'payload': '{\"id\": 7}'}>> AS e",
                "<<7>>");
    }

    @Test
    void badJsonIsMissingInPermissiveModeAndAnErrorInStrictMode() {
        assertDataError("JSON_PARSE('{\"a\": ')", "JSON_PARSE", "invalid JSON");
        assertDataError("JSON_PARSE('{} {}')", "JSON_PARSE", "invalid JSON");
        assertDataError("JSON_PARSE(1)", "JSON_PARSE", "argument 1", "INT");
    }

    @Test
    void textLongerThanTheValueSizeLimitIsALimitErrorInBothModes() {
        for (org.partiqlvm.engine.runtime.EvalMode mode :
                org.partiqlvm.engine.runtime.EvalMode.values()) {
            org.partiqlvm.engine.PartiQLVM vm =
                    new org.partiqlvm.engine.PartiQLVM(
                                    org.partiqlvm.engine.PlanCompiler.compile(
                                            "JSON_PARSE('[1, 2, 3, 4, 5, 6]')",
                                            new org.partiqlvm.engine.CompileOptions(
                                                    mode, java.util.List.of())))
                            .withLimits(
                                    org.partiqlvm.engine.runtime.Limits.DEFAULTS.with(
                                            "value-size", 8));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> vm.evaluate(vm.newBindings()))
                    .isInstanceOf(org.partiqlvm.engine.runtime.LimitExceededException.class)
                    .hasMessageContaining("JSON_PARSE");
        }
    }

    @Test
    void serializeWritesCompactJson() {
        assertGives("JSON_SERIALIZE(<<1, 'a', NULL>>)", "'[1,\"a\",null]'");
        assertGives("JSON_SERIALIZE('x\"y')", "'\"x\\\"y\"'");
        assertGives("JSON_SERIALIZE(JSON_PARSE('{\"k\":[1.50]}'))", "'{\"k\":[1.50]}'");
        assertGives("JSON_SERIALIZE(DATE '2024-01-02')", "'\"2024-01-02\"'");
        assertGives("JSON_SERIALIZE(NULL)", "NULL");
        assertGives("JSON_SERIALIZE(MISSING)", "MISSING");
    }
}
