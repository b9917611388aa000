package org.partiqlvm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partiqlvm.value.ion.IonValueReader;
import org.partiqlvm.value.json.JsonValueWriter;

/**
 * {@link ResultRow#writeJson} writes scalar columns straight from their slots; the text must be
 * exactly what {@link JsonValueWriter#standard()} writes for {@link ResultRow#toValue()}.
 */
class ResultRowTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "SELECT r.i AS i, r.i * 2 AS twice, r.f AS f, r.f * 2 AS ff, r.d AS d,"
                        + " r.s AS s, r.s || '!' AS ss, r.y AS y, r.b AS b, r.n AS n,"
                        + " r.nope AS nope, r.t AS t, r.l AS l, r.big AS big, r.big + 1 AS big1,"
                        + " r.nn AS nn, r.inf * 1 AS inf FROM stream AS r",
                "SELECT VALUE r.i * 2 FROM stream AS r",
                "SELECT VALUE r.s || '?' FROM stream AS r",
                "SELECT VALUE r.f / 4 FROM stream AS r",
                "SELECT VALUE r.nope FROM stream AS r",
                "SELECT VALUE r.l FROM stream AS r"
            })
    void writeJsonMatchesTheValueWriter(String statement) throws IOException {
        PartiQLVM vm =
                new PartiQLVM(PlanCompiler.compile(statement, CompileOptions.forStream("stream")));
        Bindings in =
                vm.newBindings()
                        .setStreamRecord(
                                0,
                                IonValueReader.standard()
                                        .read(
                                                "{i: 7, f: 1.5e0, d: 2.50, s: \"a\\\"b\", y: sym,"
                                                        + " b: true, n: null, t: 2020-01-02T03:04:05Z,"
                                                        + " l: [1, {x: 2}], big: 99999999999999999999,"
                                                        + " nn: nan, inf: +inf}"));
        List<String> written = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        try (ResultStream rows = vm.execute(in)) {
            for (ResultRow row = rows.nextRow(); row != null; row = rows.nextRow()) {
                StringWriter text = new StringWriter();
                try (JsonGenerator json = new JsonFactory().createGenerator(text)) {
                    row.writeJson(json);
                }
                written.add(text.toString());
                expected.add(JsonValueWriter.standard().writeToString(row.toValue()));
            }
        }

        assertThat(written).hasSize(1).isEqualTo(expected);
    }
}
