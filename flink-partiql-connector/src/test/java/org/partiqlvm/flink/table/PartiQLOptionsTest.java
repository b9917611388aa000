package org.partiqlvm.flink.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.table.api.ValidationException;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.engine.runtime.Limits;
import org.partiqlvm.flink.error.BadRecordPolicy;

class PartiQLOptionsTest {

    @Test
    void parsesKeyValuePairsIntoTheSameSettingsAsAMap() {
        Configuration text =
                PartiQLOptions.parse(
                        " mode = strict, on-error=dead-letter, dead-letter.path=/tmp/x,"
                                + " rows-per-record=10, value-size=1MB, query-id=q ");
        Configuration map =
                PartiQLOptions.fromMap(
                        Map.of(
                                "mode", "strict",
                                "on-error", "dead-letter",
                                "dead-letter.path", "/tmp/x",
                                "rows-per-record", "10",
                                "value-size", "1MB",
                                "query-id", "q"));
        for (Configuration c : new Configuration[] {text, map}) {
            SqlStatement s =
                    SqlStatement.compile("SELECT s.a FROM stream AS s", c, BadRecordPolicy.SKIP);
            assertThat(s.plan().mode()).isEqualTo(EvalMode.ERROR);
            assertThat(s.settings().badRecords()).isEqualTo(BadRecordPolicy.DEAD_LETTER);
            assertThat(s.settings().queryId()).isEqualTo("q");
            assertThat(s.settings().limits())
                    .isEqualTo(Limits.of("rows-per-record=10", "value-size=1MB"));
            assertThat(s.deadLetterPath()).isEqualTo("/tmp/x");
        }
    }

    @Test
    void defaultsAreThePolicyGivenAndTheEngineDefaults() {
        SqlStatement s =
                SqlStatement.compile(
                        "SELECT s.a FROM stream AS s", new Configuration(), BadRecordPolicy.SKIP);
        assertThat(s.plan().mode()).isEqualTo(EvalMode.COERCE);
        assertThat(s.settings().badRecords()).isEqualTo(BadRecordPolicy.SKIP);
        assertThat(s.settings().limits()).isEqualTo(Limits.DEFAULTS);
        assertThat(s.untypedAsJson()).isFalse();
    }

    @Test
    void rejectsBadOptionsWithTheirName() {
        assertThatThrownBy(() -> PartiQLOptions.parse("mode"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("key=value");
        assertThatThrownBy(() -> PartiQLOptions.parse("colour=red"))
                .hasMessageContaining("unknown PartiQL option 'colour'");
        for (String bad :
                new String[] {
                    "mode=lenient",
                    "on-error=ignore",
                    "on-error=dead-letter",
                    "untyped=xml",
                    "rows-per-record=0"
                }) {
            assertThatThrownBy(
                            () ->
                                    SqlStatement.compile(
                                            "SELECT s.a FROM stream AS s",
                                            PartiQLOptions.parse(bad),
                                            BadRecordPolicy.SKIP))
                    .as(bad)
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining(bad.substring(0, bad.indexOf('=')));
        }
    }
}
