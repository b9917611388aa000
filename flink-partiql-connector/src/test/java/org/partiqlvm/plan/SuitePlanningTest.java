package org.partiqlvm.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.conformance.Category;
import org.partiqlvm.conformance.SkipList;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.CompiledPlan;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.ResultStream;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.error.PartiQLException;
import org.partiqlvm.syntax.ParseException;
import org.partiqlvm.syntax.Parser;
import org.partiqlvm.syntax.ast.Statement;

/**
 * Plans every statement of the conformance suite's evaluation tests with its environment's global
 * names, and reports how many plan without an unexpected exception (a {@link PlanningException} is
 * expected only where the test expects a failure, or the case is in {@code conformance/skips.txt}).
 * Aborted when the suite is absent, failed then under {@code CI=true}.
 */
class SuitePlanningTest {

    /**
     * The cases the planner refuses on purpose although they expect success: the conformance run's
     * skip list ({@code conformance/skips.txt}, with the reasons), in the category of the
     * evaluation mode.
     */
    private static final SkipList SKIPS = SkipList.fromClasspath();

    @Test
    void plansTheEvaluationSuitePermissively() throws Exception {
        plansTheEvaluationSuite(false);
    }

    @Test
    void plansTheEvaluationSuiteStrictly() throws Exception {
        plansTheEvaluationSuite(true);
    }

    /**
     * Plans each statement; a planning error counts as expected only when the test expects no
     * success in the corresponding evaluation mode (permissive planning for EvalModeCoerce, strict
     * planning for EvalModeError).
     */
    private void plansTheEvaluationSuite(boolean strict) throws Exception {
        Path data = SuiteStatements.locate();
        List<SuiteStatements.Case> cases = SuiteStatements.load(data);
        int parseFailures = 0;
        int planned = 0;
        int refusedAsExpected = 0;
        List<String> unexpected = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        for (SuiteStatements.Case c : cases) {
            Statement statement;
            try {
                statement = Parser.parse(c.statement());
            } catch (ParseException e) {
                parseFailures++;
                continue;
            }
            PlannerOptions options = new PlannerOptions(c.globals(), strict, true);
            boolean expectsSuccess = strict ? c.successInErrorMode() : c.successInCoerceMode();
            try {
                Planner.plan(statement, c.statement(), options);
                planned++;
            } catch (PlanningException e) {
                if (!expectsSuccess || skipped(c, strict)) {
                    refusedAsExpected++;
                } else {
                    unexpected.add(describe(c, e));
                }
            } catch (RuntimeException e) {
                crashes.add(describe(c, e));
            }
        }
        int parsed = cases.size() - parseFailures;
        System.out.printf(
                "Suite planning (%s): %d statements, %d parsed; %d planned, %d refused as expected"
                        + " (%.1f%% of parsed without an unexpected exception); %d unexpected"
                        + " planning errors, %d crashes%n",
                strict ? "strict" : "permissive",
                cases.size(),
                parsed,
                planned,
                refusedAsExpected,
                100.0 * (planned + refusedAsExpected) / parsed,
                unexpected.size(),
                crashes.size());
        unexpected.forEach(u -> System.out.println("  unexpected: " + u));
        crashes.forEach(u -> System.out.println("  crash: " + u));
        assertThat(crashes).isEmpty();
        assertThat(unexpected).isEmpty();
    }

    /**
     * Every statement of {@code fail/static-analysis} is refused before it runs: by the parser, the
     * planner, the plan compiler (the engine's function table), or, for the few type errors only
     * values show, when it runs in strict mode; none is accepted.
     */
    @Test
    void refusesStaticAnalysisFailures() throws Exception {
        Path data = SuiteStatements.locate();
        List<SuiteStatements.Case> cases =
                SuiteStatements.load(data, List.of("fail/static-analysis"));
        int byParser = 0;
        int byPlanner = 0;
        int byCompiler = 0;
        int atRunTime = 0;
        List<String> accepted = new ArrayList<>();
        List<String> crashes = new ArrayList<>();
        for (SuiteStatements.Case c : cases) {
            Statement statement;
            try {
                statement = Parser.parse(c.statement());
            } catch (ParseException e) {
                byParser++;
                continue;
            }
            try {
                Planner.plan(statement, c.statement(), new PlannerOptions(c.globals(), true, true));
            } catch (PlanningException e) {
                byPlanner++;
                continue;
            } catch (RuntimeException e) {
                crashes.add(describe(c, e));
                continue;
            }
            CompiledPlan plan;
            try {
                plan =
                        PlanCompiler.compile(
                                c.statement(),
                                CompileOptions.withGlobals(List.copyOf(c.globals()))
                                        .withMode(EvalMode.ERROR));
            } catch (PartiQLException e) {
                byCompiler++;
                continue;
            } catch (RuntimeException e) {
                crashes.add(describe(c, e));
                continue;
            }
            // What the compiler leaves (a literal collection where a string is needed) is a type
            // error when it runs, in strict mode.
            PartiQLVM vm = new PartiQLVM(plan);
            try (ResultStream rows = vm.execute(vm.newBindings())) {
                while (rows.nextRow() != null) {
                    // drain
                }
                accepted.add(c.file() + " [" + c.name() + "] " + c.statement());
            } catch (PartiQLException e) {
                atRunTime++;
            } catch (RuntimeException e) {
                crashes.add(describe(c, e));
            }
        }
        System.out.printf(
                "Static analysis: %d statements; refused by the parser %d, the planner %d, the"
                        + " plan compiler %d, at run time (strict) %d; accepted %d%n",
                cases.size(), byParser, byPlanner, byCompiler, atRunTime, accepted.size());
        accepted.forEach(a -> System.out.println("  accepted: " + a));
        assertThat(cases).hasSizeGreaterThan(150); // the suite was read
        assertThat(crashes).isEmpty();
        assertThat(accepted).isEmpty();
    }

    /** True if the skip list exempts case {@code c} in the mode's category. */
    private static boolean skipped(SuiteStatements.Case c, boolean strict) {
        Category category = strict ? Category.EVAL_ERROR : Category.EVAL_COERCE;
        String file = c.file().replaceFirst("\\.ion$", "");
        for (SkipList.Entry entry : SKIPS.entries()) {
            if (entry.category() == category
                    && entry.idOrPrefix().startsWith(file + "/")
                    && entry.idOrPrefix().endsWith("/" + c.name())) {
                return true;
            }
        }
        return false;
    }

    private static String describe(SuiteStatements.Case c, Exception e) {
        return c.file()
                + " ["
                + c.name()
                + "] "
                + c.statement().replace('\n', ' ')
                + " -> "
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage().lines().findFirst().orElse("");
    }
}
