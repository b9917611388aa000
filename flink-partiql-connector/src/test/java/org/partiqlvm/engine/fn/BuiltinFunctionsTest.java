package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BuiltinFunctionsTest {

    @Test
    void canonicalNamesOfTheLoweredSpecialFormsAreRegistered() {
        assertThat(BuiltinFunctions.lookup("trim", 1)).isNotNull();
        for (String trim : List.of("trim_both", "trim_leading", "trim_trailing")) {
            assertThat(BuiltinFunctions.lookup(trim, 1)).as(trim).isNotNull();
            assertThat(BuiltinFunctions.lookup(trim, 2)).as(trim).isNotNull();
        }
        assertThat(BuiltinFunctions.lookup("substring", 2)).isNotNull();
        assertThat(BuiltinFunctions.lookup("substring", 3)).isNotNull();
        assertThat(BuiltinFunctions.lookup("position", 2)).isNotNull();
        assertThat(BuiltinFunctions.lookup("overlay", 3)).isNotNull();
        assertThat(BuiltinFunctions.lookup("overlay", 4)).isNotNull();
        assertThat(BuiltinFunctions.lookup("concat", 2)).isNotNull();
        for (String field :
                List.of(
                        "year",
                        "month",
                        "day",
                        "hour",
                        "minute",
                        "second",
                        "timezone_hour",
                        "timezone_minute")) {
            assertThat(BuiltinFunctions.lookup("extract_" + field, 1)).as(field).isNotNull();
        }
        for (String field : List.of("year", "month", "day", "hour", "minute", "second")) {
            assertThat(BuiltinFunctions.lookup("date_add_" + field, 2)).as(field).isNotNull();
            assertThat(BuiltinFunctions.lookup("date_diff_" + field, 2)).as(field).isNotNull();
        }
        for (String agg : List.of("count", "sum", "avg", "min", "max", "any", "some", "every")) {
            assertThat(BuiltinFunctions.lookup("coll_" + agg, 1)).as(agg).isNotNull();
            assertThat(BuiltinFunctions.lookup("coll_" + agg, 2)).as(agg).isNotNull();
        }
    }

    @Test
    void lookupIsCaseInsensitiveAndChecksArity() {
        assertThat(BuiltinFunctions.lookup("UPPER", 1))
                .isSameAs(BuiltinFunctions.lookup("upper", 1));
        assertThat(BuiltinFunctions.lookup("upper", 2)).isNull();
        assertThat(BuiltinFunctions.lookup("substring", 4)).isNull();
        assertThat(BuiltinFunctions.lookup("no_such_function", 1)).isNull();
        assertThat(BuiltinFunctions.isDefined("Coalesce")).isTrue();
        assertThat(BuiltinFunctions.isDefined("plus")).isFalse();
        assertThat(BuiltinFunctions.lookup("coalesce", 9).nullPolicy())
                .isEqualTo(NullPolicy.CUSTOM);
        assertThat(BuiltinFunctions.lookup("coalesce", 0)).isNull();
    }

    @Test
    void everyEntryIsDocumentedAndLowerCase() {
        List<FunctionDefinition> all = BuiltinFunctions.all();
        assertThat(all).hasSizeGreaterThan(60);
        for (FunctionDefinition d : all) {
            assertThat(d.name()).isEqualTo(d.name().toLowerCase(Locale.ROOT));
            assertThat(d.description()).as(d.name()).isNotBlank().endsWith(".");
        }
        assertThat(all)
                .isSortedAccordingTo(
                        java.util.Comparator.comparing(FunctionDefinition::name)
                                .thenComparingInt(FunctionDefinition::minArity));
    }
}
