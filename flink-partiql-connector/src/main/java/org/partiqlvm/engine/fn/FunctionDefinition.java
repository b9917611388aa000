package org.partiqlvm.engine.fn;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * One entry of the function table: a name, the accepted number of arguments, how unknowns are
 * treated, the implementation and a one-line description.
 *
 * @param name the lower-case function name
 * @param minArity the fewest arguments accepted
 * @param maxArity the most arguments accepted ({@code Integer.MAX_VALUE} for variadic)
 * @param nullPolicy how MISSING and NULL arguments are treated
 * @param implementation the code
 * @param description what the function computes, for documentation and errors
 */
public record FunctionDefinition(
        String name,
        int minArity,
        int maxArity,
        NullPolicy nullPolicy,
        ScalarFunction implementation,
        String description)
        implements Serializable {

    public FunctionDefinition {
        name = name.toLowerCase(Locale.ROOT);
        Objects.requireNonNull(nullPolicy, "nullPolicy");
        Objects.requireNonNull(implementation, "implementation");
        if (minArity < 0 || maxArity < minArity) {
            throw new IllegalArgumentException("bad arity " + minArity + ".." + maxArity);
        }
    }

    /** True when {@code n} arguments are accepted. */
    public boolean accepts(int n) {
        return n >= minArity && n <= maxArity;
    }
}
