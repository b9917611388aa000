package org.partiqlvm.conformance;

import java.util.Objects;
import java.util.function.Consumer;
import org.partiqlvm.syntax.ParseException;
import org.partiqlvm.syntax.Parser;

/**
 * Runs a parser on one statement and classifies what happened, catching everything it throws
 * (including {@link StackOverflowError}) so that one bad statement cannot end the whole run. Only
 * other {@link VirtualMachineError}s (out of memory, internal errors) propagate.
 */
public final class ParseProbe {

    private final Consumer<String> parser;
    private final Class<? extends Throwable> syntaxError;

    /**
     * A probe for {@code parser}, where throwing {@code syntaxError} is the proper way to reject a
     * statement.
     */
    public ParseProbe(Consumer<String> parser, Class<? extends Throwable> syntaxError) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.syntaxError = Objects.requireNonNull(syntaxError, "syntaxError");
    }

    /** The probe for PartiQLVM's own {@link Parser}, which rejects with {@link ParseException}. */
    public static ParseProbe partiqlParser() {
        return new ParseProbe(Parser::parse, ParseException.class);
    }

    /** Parses {@code statement} and reports the outcome; never throws for what the parser does. */
    public ParseOutcome probe(String statement) {
        try {
            parser.accept(statement);
            return new ParseOutcome.Accepted();
        } catch (StackOverflowError e) {
            return new ParseOutcome.Crashed(e);
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Throwable e) {
            return syntaxError.isInstance(e)
                    ? new ParseOutcome.Rejected(e)
                    : new ParseOutcome.Crashed(e);
        }
    }
}
