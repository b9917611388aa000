package org.partiqlvm.engine.fn;

import java.util.List;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * Functions over structs: {@code tupleunion}, the spec's TUPLEUNION (section "SQL's *"), by which a
 * SELECT list with {@code x.*} items is defined.
 */
public final class StructFunctions {

    private StructFunctions() {}

    /** Registers TUPLEUNION. */
    static void register(FunctionTable t) {
        t.add(
                        "tupleunion",
                        0,
                        FunctionTable.VARIADIC,
                        List.of(KindSet.STRUCT),
                        StructFunctions::tupleUnion,
                        "One STRUCT with the fields of all the STRUCT arguments, in order"
                                + " (TUPLEUNION).")
                .returns(ValueKind.STRUCT)
                .example("TUPLEUNION({'a': 1}, {'b': 2})", "{'a': 1, 'b': 2}");
    }

    /**
     * {@code tupleunion(t1, ..., tn)}: one struct with every field of every argument, in argument
     * order, duplicate names kept ({@code tupleunion({'a': 1}, {'a': 2})} is {@code {'a': 1, 'a':
     * 2}}). Unknown arguments are handled by the null policy (MISSING wins over NULL); any other
     * argument that is not a struct is a type mismatch. Allocates the result.
     */
    public static void tupleUnion(Slot[] args, Slot out, CallSite site) {
        StructValue.Builder union = StructValue.builder();
        for (int i = 0; i < args.length; i++) {
            ValueKind k = args[i].kind();
            if (k != ValueKind.STRUCT) {
                site.typeMismatch(out, i, KindSet.STRUCT.description(), k);
                return;
            }
            Value struct = args[i].toValue();
            for (int f = 0; f < struct.fieldCount(); f++) {
                union.add(struct.fieldName(f), struct.fieldValue(f));
            }
        }
        out.setValue(union.build());
    }
}
