package org.partiqlvm.engine.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partiqlvm.engine.op.OpTestSupport.ion;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.op.ExcludeTree.Step;
import org.partiqlvm.value.Value;

class ExcludeTreeTest {

    private static final Value ROW =
            ion(
                    "{a: 1, B: {c: 2, d: [10, 11, 12]}, e: $bag::[{f: 1, g: 2}, {f: 3}],"
                            + " h: [{f: 4, g: 5}], a: 6}");

    @SafeVarargs
    private static String exclude(List<Step>... paths) {
        List<List<Step>> list = new java.util.ArrayList<>();
        for (List<Step> path : paths) {
            list.add(path);
        }
        return ExcludeTree.of(list).apply(ROW).toString();
    }

    @Test
    void removesFieldsCaseInsensitivelyUnlessQuoted() {
        assertThat(exclude(List.of(Step.field("A", false))))
                .isEqualTo(
                        "{'B': {'c': 2, 'd': [10, 11, 12]}, 'e': <<{'f': 1, 'g': 2}, {'f': 3}>>,"
                                + " 'h': [{'f': 4, 'g': 5}]}");
        assertThat(exclude(List.of(Step.field("b", true)))).isEqualTo(ROW.toString());
        assertThat(exclude(List.of(Step.field("b", false), Step.field("c", true))))
                .startsWith("{'a': 1, 'B': {'d': [10, 11, 12]}, 'e'");
    }

    @Test
    void removesListElementsByPositionAndAllElementsWithTheWildcard() {
        assertThat(exclude(List.of(Step.field("B", true), Step.field("d", true), Step.index(1))))
                .contains("'B': {'c': 2, 'd': [10, 12]}");
        assertThat(
                        exclude(
                                List.of(
                                        Step.field("B", true),
                                        Step.field("d", true),
                                        Step.allElements())))
                .contains("'B': {'c': 2, 'd': []}");
        assertThat(exclude(List.of(Step.field("B", true), Step.allFields()))).contains("'B': {}");
    }

    @Test
    void descendsIntoEveryElementOfBagsAndLists() {
        String result =
                exclude(
                        List.of(Step.field("e", true), Step.allElements(), Step.field("f", true)),
                        List.of(Step.field("h", true), Step.allElements(), Step.field("g", true)));
        assertThat(result).contains("'e': <<{'g': 2}, {}>>", "'h': [{'f': 4}]");
    }

    @Test
    void stepsThatDoNotFitRemoveNothingAndReturnTheSameValue() {
        ExcludeTree tree =
                ExcludeTree.of(
                        List.of(
                                List.of(Step.field("e", true), Step.index(0)), // bag: no position
                                List.of(
                                        Step.field("a", true),
                                        Step.field("x", true)), // a is an int
                                List.of(
                                        Step.field("B", true),
                                        Step.field("d", true),
                                        Step.index(9)),
                                List.of(Step.field("zzz", true))));
        assertThat(tree.apply(ROW)).isSameAs(ROW);
    }

    @Test
    void aShorterPathSubsumesALongerOne() {
        assertThat(
                        exclude(
                                List.of(
                                        Step.field("B", true),
                                        Step.field("d", true),
                                        Step.index(0)),
                                List.of(Step.field("B", true))))
                .doesNotContain("'B'");
    }
}
