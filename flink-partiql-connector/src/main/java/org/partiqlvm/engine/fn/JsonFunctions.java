package org.partiqlvm.engine.fn;

import java.io.UncheckedIOException;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueDecodeException;
import org.partiqlvm.value.ValueKind;
import org.partiqlvm.value.json.JsonValueReader;
import org.partiqlvm.value.json.JsonValueWriter;

/**
 * JSON held inside values: {@code JSON_PARSE(text)} reads a JSON document into a PartiQL value with
 * the reader records are read with (same mapping, same limits: see {@link JsonValueReader}), and
 * {@code JSON_SERIALIZE(value)} writes a value as JSON text, as the JSON output codecs do.
 *
 * <p>Text that is not one JSON value is a data error: MISSING in permissive mode, an error naming
 * the position in strict mode. Text longer than the {@code value-size} limit ({@link
 * org.partiqlvm.engine.runtime.Limits}) is a limit error in both modes.
 */
public final class JsonFunctions {

    private JsonFunctions() {}

    /** Registers the functions. */
    static void register(FunctionTable t) {
        t.add(
                        "json_parse",
                        KindSet.TEXT,
                        (ContextualFunction) JsonFunctions::parse,
                        "The value of a JSON document held in a string (objects become STRUCTs,"
                                + " arrays LISTs, fractions exact DECIMALs); bad JSON is a data"
                                + " error.")
                .returns("any")
                .example("JSON_PARSE('{\"a\": [1, 2.50]}').a[1]", "2.50");
        t.add(
                        "json_serialize",
                        KindSet.ANY,
                        JsonFunctions::serialize,
                        "The value as compact JSON text (datetimes as ISO-8601 strings, BAGs as"
                                + " arrays).")
                .returns(ValueKind.STRING)
                .example("JSON_SERIALIZE({'a': [1, 'x']})", "'{\"a\":[1,\"x\"]}'");
    }

    /**
     * {@code json_parse(s)}; text longer than the {@code value-size} limit is a limit error in both
     * modes (the value it would build is at least that large).
     */
    public static void parse(Slot[] args, Slot out, CallSite site, FunctionContext context) {
        String s = Args.text(args[0], 0, out, site);
        if (s == null) {
            return;
        }
        if (s.length() > context.valueSize()) {
            throw site.valueTooLarge("a value from JSON text", s.length(), context.valueSize());
        }
        try {
            out.setValue(JsonValueReader.standard().read(s));
        } catch (ValueDecodeException e) {
            site.dataError(out, "invalid JSON: " + e.getMessage());
        }
    }

    /** {@code json_serialize(v)}. */
    public static void serialize(Slot[] args, Slot out, CallSite site) {
        try {
            out.setString(JsonValueWriter.standard().writeToString(args[0].toValue()));
        } catch (UncheckedIOException | IllegalArgumentException e) {
            site.dataError(
                    out,
                    "cannot write " + args[0].kind().displayName() + " as JSON: " + e.getMessage());
        }
    }
}
