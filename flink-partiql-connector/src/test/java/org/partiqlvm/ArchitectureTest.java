package org.partiqlvm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Keeps the layering {@code flink -> engine -> plan -> syntax -> value}: imports point downward
 * only, and Flink stays inside {@code org.partiqlvm.flink}. Beside them, {@code
 * org.partiqlvm.error} (the root exception and source spans) imports nothing of ours and may be
 * used by every layer. No package of the tree depends on itself through others.
 */
@AnalyzeClasses(packages = "org.partiqlvm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The neutral error package sits beneath every floor: it imports nothing of ours. */
    @ArchTest
    static final ArchRule errorImportsNothingOfOurs =
            noClasses()
                    .that()
                    .resideInAPackage("org.partiqlvm.error..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.partiqlvm.value..",
                            "org.partiqlvm.syntax..",
                            "org.partiqlvm.plan..",
                            "org.partiqlvm.engine..",
                            "org.partiqlvm.flink..");

    @ArchTest
    static final ArchRule valueImportsNothingOfOurs =
            noClasses()
                    .that()
                    .resideInAPackage("org.partiqlvm.value..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.partiqlvm.syntax..",
                            "org.partiqlvm.plan..",
                            "org.partiqlvm.engine..",
                            "org.partiqlvm.flink..");

    @ArchTest
    static final ArchRule syntaxImportsOnlyValue =
            noClasses()
                    .that()
                    .resideInAPackage("org.partiqlvm.syntax..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.partiqlvm.plan..",
                            "org.partiqlvm.engine..",
                            "org.partiqlvm.flink..");

    @ArchTest
    static final ArchRule planImportsOnlySyntaxAndValue =
            noClasses()
                    .that()
                    .resideInAPackage("org.partiqlvm.plan..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.partiqlvm.engine..", "org.partiqlvm.flink..");

    @ArchTest
    static final ArchRule engineNeverImportsFlink =
            noClasses()
                    .that()
                    .resideInAPackage("org.partiqlvm.engine..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.partiqlvm.flink..", "org.apache.flink..");

    /**
     * The syntax tree, the plan and the engine walk their own trees through explicit children
     * ({@code Node.children()}, {@code PlanExpr.operands()}, {@code RelNode.inputs()}) and
     * visitors, never by reflection; reading user objects ({@code value.JavaValues}, the Flink
     * codecs) is the only reflection.
     */
    @ArchTest
    static final ArchRule treesAreWalkedWithoutReflection =
            noClasses()
                    .that()
                    .resideInAnyPackage(
                            "org.partiqlvm.syntax..",
                            "org.partiqlvm.plan..",
                            "org.partiqlvm.engine..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("java.lang.reflect..");

    /**
     * The engine knows no syntax, neither the tree nor the parser: it compiles the plan, which
     * carries resolved types ({@link org.partiqlvm.value.CastTarget}), and gets statements parsed
     * and planned by the plan layer ({@code Planner.parseAndPlan}); the names a user-defined
     * function may not take come from the plan layer too ({@code plan.FunctionNames}).
     */
    @ArchTest
    static final ArchRule engineNeverImportsSyntax =
            noClasses()
                    .that()
                    .resideInAPackage("org.partiqlvm.engine..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.partiqlvm.syntax..");

    @ArchTest
    static final ArchRule flinkStaysInTheFlinkLayer =
            noClasses()
                    .that()
                    .resideInAPackage("org.partiqlvm..")
                    .and()
                    .resideOutsideOfPackage("org.partiqlvm.flink..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.apache.flink..");

    /** The five floors depend on each other one way only. */
    @ArchTest
    static final ArchRule theLayersHaveNoCycles =
            slices().matching("org.partiqlvm.(*)..").should().beFreeOfCycles();

    /**
     * No two packages of the whole tree depend on each other, directly or through others: every
     * package (a floor's root such as {@code org.partiqlvm.engine} as much as {@code
     * org.partiqlvm.engine.fn}) is a slice of its own.
     */
    @ArchTest
    static final ArchRule noPackagesFormACycle =
            slices().matching("org.partiqlvm.(**)").should().beFreeOfCycles();

    /**
     * Inside the engine, the compiler, the operators, the evaluators, the functions and the
     * run-time types depend on each other one way only ({@code compile -> op -> expr -> fn ->
     * runtime}); the public API in {@code org.partiqlvm.engine} sits above them all ({@link
     * #noPackagesFormACycle} checks it).
     */
    @ArchTest
    static final ArchRule theEnginePartsHaveNoCycles =
            slices().matching("org.partiqlvm.engine.(*)..").should().beFreeOfCycles();

    /**
     * The run-time types every part of the engine shares (evaluation mode, limits, the typed
     * errors, the row arena) sit beneath all of them.
     */
    @ArchTest
    static final ArchRule engineRuntimeImportsNoOtherEnginePart =
            noClasses()
                    .that()
                    .resideInAPackage("org.partiqlvm.engine.runtime..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.partiqlvm.engine",
                            "org.partiqlvm.engine.compile..",
                            "org.partiqlvm.engine.op..",
                            "org.partiqlvm.engine.expr..",
                            "org.partiqlvm.engine.fn..");
}
