package org.partiqlvm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partiqlvm.syntax.Parser;

/** Which variables an outer join may null-extend, and the known columns of subquery variables. */
class NullExtendedVariablesTest {

    private static List<VarInfo> variables(String query) {
        return Planner.plan(
                        Parser.parse(query), query, PlannerOptions.withGlobals(Set.of("t", "u")))
                .variables();
    }

    @Test
    void theNullSupplyingSideOfAnOuterJoinIsNullExtended() {
        assertThat(variables("SELECT * FROM t AS a LEFT JOIN u AS b ON true"))
                .containsExactly(
                        new VarInfo(0, "a", VarInfo.Kind.FROM),
                        new VarInfo(1, "b", VarInfo.Kind.FROM, true, List.of()));
        assertThat(variables("SELECT * FROM t AS a RIGHT JOIN u AS b ON true"))
                .extracting(VarInfo::nullExtended)
                .containsExactly(true, false);
        assertThat(variables("SELECT * FROM t AS a FULL JOIN u AS b ON true"))
                .extracting(VarInfo::nullExtended)
                .containsExactly(true, true);
        assertThat(variables("SELECT * FROM t AS a, u AS b"))
                .extracting(VarInfo::nullExtended)
                .containsExactly(false, false);
    }

    @Test
    void onlyElementVariablesAreNullExtended() {
        assertThat(variables("SELECT * FROM t AS a LEFT CROSS JOIN a.items AS i AT n"))
                .extracting(v -> v.name() + ":" + v.nullExtended())
                .containsExactly("a:false", "i:true", "n:false");
    }

    @Test
    void aVariableOverASelectListKnowsItsColumns() {
        List<VarInfo> vars =
                variables("SELECT * FROM (SELECT x.name, x.n AS m, 3 FROM t AS x) AS s, u AS v");
        assertThat(vars.get(1).name()).isEqualTo("s");
        assertThat(vars.get(1).columns()).containsExactly("name", "m", "_1");
        assertThat(vars.get(2).columns()).isEmpty();
        assertThat(variables("SELECT * FROM (SELECT * FROM t) AS s").get(0).columns()).isEmpty();
    }
}
