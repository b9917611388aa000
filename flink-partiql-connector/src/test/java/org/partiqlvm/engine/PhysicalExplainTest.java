package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link CompiledPlan#explain()} shows the physical plan; {@code explainLogical()} the planner's.
 */
class PhysicalExplainTest {

    @Test
    void showsOperatorsSlotsAndTheJsonProjection() {
        CompiledPlan plan =
                PlanCompiler.compile(
                        "SELECT r.id, i.sku, i.qty * i.price AS total"
                                + " FROM stream AS r, r.items AS i WHERE i.qty > 0",
                        CompileOptions.forStream("stream"));

        String explain = plan.explain();
        System.out.println(explain);

        assertThat(explain)
                .startsWith("Physical plan (COERCE, ")
                .contains("global 0 stream: reads {")
                .contains("qty:*")
                .contains("Output [id, sku, total] from $[")
                .contains("Project [r.id, i.sku, i.qty * i.price] -> $[")
                .contains("Filter i.qty > 0")
                .contains("Scan r.items AS $");
        assertThat(plan.explainLogical()).isNotEqualTo(explain).contains("Filter");
    }

    @Test
    void namesTheJoinStrategy() {
        CompileOptions options = CompileOptions.withGlobals(List.of("a", "b"));
        String equi =
                PlanCompiler.compile("SELECT x.k FROM a AS x JOIN b AS y ON x.k = y.k", options)
                        .explain();
        String theta =
                PlanCompiler.compile("SELECT x.k FROM a AS x JOIN b AS y ON x.k < y.k", options)
                        .explain();
        System.out.println(equi + theta);

        assertThat(equi).contains("HashJoin INNER keys [x.k] = [y.k]");
        assertThat(theta).contains("NestedLoopJoin INNER ON x.k < y.k").doesNotContain("HashJoin");
        assertThat(equi).contains("global 0 a: reads").contains("global 1 b: reads");
    }

    @Test
    void anExpressionShowsItsValue() {
        assertThat(PlanCompiler.compile("1 + 2", CompileOptions.withGlobals(List.of())).explain())
                .contains("Value 1 + 2");
    }
}
