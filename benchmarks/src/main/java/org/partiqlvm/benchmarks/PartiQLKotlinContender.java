package org.partiqlvm.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import org.partiql.ast.Statement;
import org.partiql.eval.Mode;
import org.partiql.eval.compiler.PartiQLCompiler;
import org.partiql.parser.PartiQLParser;
import org.partiql.plan.Plan;
import org.partiql.planner.PartiQLPlanner;
import org.partiql.spi.catalog.Catalog;
import org.partiql.spi.catalog.Name;
import org.partiql.spi.catalog.Session;
import org.partiql.spi.catalog.Table;
import org.partiql.spi.types.PType;
import org.partiql.spi.value.Datum;
import org.partiql.spi.value.Field;

/**
 * partiql-lang-kotlin 1.2.1, the reference implementation: the statement parsed, planned and
 * compiled once (permissive mode) against a catalog whose table {@code stream} is the current
 * record, a one-element bag; each record is read into {@code Datum}s with Jackson's streaming
 * parser (decimals as DECIMAL), and the result bag is drained and written as JSON.
 */
public final class PartiQLKotlinContender implements Contender {

    private static final JsonFactory JSON = new JsonFactory();

    /** The table the statement reads: the record being processed. */
    private static final class CurrentRecord implements Table {
        Datum datum = Datum.bagVararg();

        @Override
        public Name getName() {
            return Name.of("stream");
        }

        @Override
        public PType getSchema() {
            return PType.bag(PType.dynamic());
        }

        @Override
        public Datum getDatum() {
            return datum;
        }
    }

    private final CurrentRecord current = new CurrentRecord();
    private org.partiql.eval.Statement statement;

    @Override
    public void open(Workload workload) {
        Catalog catalog = Catalog.builder().name("default").define(current).build();
        Session session = Session.builder().catalog("default").catalogs(catalog).build();
        Statement ast = PartiQLParser.standard().parse(statementFor(workload)).statements.get(0);
        Plan plan = PartiQLPlanner.standard().plan(ast, session).getPlan();
        statement = PartiQLCompiler.standard().prepare(plan, Mode.PERMISSIVE());
    }

    /**
     * The workload's statement; {@code user} is a keyword there, so it is quoted. {@code
     * COALESCE(x, d)} is spelled {@code CASE WHEN x IS NULL THEN d ELSE x END} (the same value:
     * {@code IS NULL} holds for MISSING too): partiql-lang-kotlin 1.2.1 returns MISSING for {@code
     * COALESCE(x, d)} when {@code x} is a MISSING field of a dynamically typed record (though
     * {@code COALESCE(MISSING, 0)} alone is 0 there; the spec's wording is ambiguous,
     * partiql-spec#38), where the statement means {@code d} (the examples' defaults).
     */
    static String statementFor(Workload workload) {
        return COALESCE.matcher(workload.statement().replace("r.user.", "r.\"user\"."))
                .replaceAll("CASE WHEN $1 IS NULL THEN $2 ELSE $1 END");
    }

    /** {@code COALESCE(path, literal)}, the form the workloads use. */
    private static final Pattern COALESCE =
            Pattern.compile("COALESCE\\(([\\w.]+), ('[^']*'|\\d+)\\)");

    @Override
    public void process(byte[] record, RowSink sink) throws IOException {
        try (JsonParser p = JSON.createParser(record)) {
            current.datum = Datum.bagVararg(read(p, p.nextToken()));
        }
        Datum result = statement.execute();
        JsonGenerator out = sink.json();
        for (Datum row : result) {
            write(row, out);
        }
    }

    private static Datum read(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT:
                List<Field> fields = new ArrayList<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    fields.add(Field.of(name, read(p, p.nextToken())));
                }
                return Datum.struct(fields);
            case START_ARRAY:
                List<Datum> elements = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    elements.add(read(p, e));
                }
                return Datum.array(elements);
            case VALUE_STRING:
                return Datum.string(p.getText());
            case VALUE_NUMBER_INT:
                return Datum.bigint(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                // With its precision and scale: Datum.decimal(BigDecimal) alone means scale 0.
                BigDecimal d = p.getDecimalValue();
                return Datum.decimal(d, Math.max(d.precision(), d.scale()), d.scale());
            case VALUE_TRUE:
                return Datum.bool(true);
            case VALUE_FALSE:
                return Datum.bool(false);
            default:
                return Datum.nullValue();
        }
    }

    private static void write(Datum d, JsonGenerator out) throws IOException {
        if (d.isNull() || d.isMissing()) {
            out.writeNull();
            return;
        }
        switch (d.getType().code()) {
            case PType.ROW:
            case PType.STRUCT:
                out.writeStartObject();
                for (Iterator<Field> it = d.getFields(); it.hasNext(); ) {
                    Field f = it.next();
                    if (!f.getValue().isMissing()) {
                        out.writeFieldName(f.getName());
                        write(f.getValue(), out);
                    }
                }
                out.writeEndObject();
                return;
            case PType.ARRAY:
            case PType.BAG:
                out.writeStartArray();
                for (Datum e : d) {
                    write(e, out);
                }
                out.writeEndArray();
                return;
            case PType.STRING:
            case PType.VARCHAR:
            case PType.CHAR:
                out.writeString(d.getString());
                return;
            case PType.BIGINT:
                out.writeNumber(d.getLong());
                return;
            case PType.INTEGER:
                out.writeNumber(d.getInt());
                return;
            case PType.DECIMAL:
            case PType.NUMERIC:
                out.writeNumber(d.getBigDecimal());
                return;
            case PType.DOUBLE:
                out.writeNumber(d.getDouble());
                return;
            case PType.BOOL:
                out.writeBoolean(d.getBoolean());
                return;
            default:
                out.writeString(String.valueOf(d));
        }
    }
}
