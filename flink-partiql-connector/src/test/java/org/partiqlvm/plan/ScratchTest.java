package org.partiqlvm.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partiqlvm.syntax.Parser;

class ScratchTest {
    @Test
    void print() throws Exception {
        for (String q : Files.readAllLines(Path.of("/tmp/queries.txt"))) {
            if (q.isBlank()) continue;
            System.out.println("== " + q);
            try {
                System.out.print(
                        Planner.plan(
                                        Parser.parse(q),
                                        q,
                                        PlannerOptions.withGlobals(
                                                Set.of("t", "stream", "products", "foo")))
                                .explain());
            } catch (RuntimeException e) {
                System.out.println("!! " + e);
            }
        }
    }
}
