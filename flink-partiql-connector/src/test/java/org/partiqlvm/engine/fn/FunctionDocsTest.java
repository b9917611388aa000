package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.value.Value;

/**
 * docs/functions.md is what {@link FunctionDocs} generates from the registry, and every example in
 * it gives the result it shows, in both modes.
 */
class FunctionDocsTest {

    private static final Path DOCS = Path.of("..", "docs", "functions.md");

    @Test
    void theCheckedInPageIsUpToDate() throws IOException {
        String generated = FunctionDocs.markdown();
        if (Boolean.getBoolean("functions.docs.write")) {
            Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOCS))
                .as("docs/functions.md is missing; generate it with: %s", FunctionDocs.REGENERATE)
                .isTrue();
        assertThat(Files.readString(DOCS, StandardCharsets.UTF_8))
                .as("docs/functions.md is stale; regenerate it with: %s", FunctionDocs.REGENERATE)
                .isEqualTo(generated);
    }

    @Test
    void everyFunctionHasAnExampleThatGivesItsDocumentedResult() {
        SoftAssertions softly = new SoftAssertions();
        for (FunctionDefinition d : BuiltinFunctions.all()) {
            FunctionTraits t = d.traits();
            softly.assertThat(t.example()).as("example of %s", d.signature()).isNotNull();
            if (t.example() == null) {
                continue;
            }
            for (EvalMode mode : EvalMode.values()) {
                Value v;
                try {
                    v = Statements.eval(t.example(), mode);
                } catch (RuntimeException e) {
                    softly.fail(t.example() + " in " + mode + ": " + e);
                    continue;
                }
                if (t.deterministic()) {
                    softly.assertThat(org.partiqlvm.value.ValuePrinter.print(v))
                            .as("%s in %s", t.example(), mode)
                            .isEqualTo(t.exampleResult());
                }
                if (t.resultKind() != null) {
                    assertThat(v.kind())
                            .as("kind of %s in %s", t.example(), mode)
                            .isEqualTo(t.resultKind());
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void onlyTheClockAndRandomFunctionsAreNonDeterministic() {
        for (FunctionDefinition d : BuiltinFunctions.all()) {
            assertThat(d.traits().deterministic())
                    .as(d.name())
                    .isEqualTo(!d.name().equals("uuid") && !d.name().equals("utcnow"));
        }
    }
}
