package org.partiqlvm.conformance;

/** What happened when the parser was given one statement. */
public sealed interface ParseOutcome {

    /** The parser returned a statement. */
    record Accepted() implements ParseOutcome {}

    /** The parser reported a syntax error the proper way (a {@code ParseException}). */
    record Rejected(Throwable error) implements ParseOutcome {}

    /**
     * The parser threw something other than a syntax error (a {@code RuntimeException}, a {@code
     * StackOverflowError}, ...): always a parser bug.
     */
    record Crashed(Throwable error) implements ParseOutcome {}

    /** One line for a rejection: the exception's simple name and its message's first line. */
    static String describeRejection(Throwable error) {
        return error.getClass().getSimpleName() + message(error);
    }

    /**
     * One line for a crash: the exception's class, its message's first line and the innermost frame
     * of our own code (the place to look).
     */
    static String describeCrash(Throwable error) {
        StringBuilder text = new StringBuilder(error.getClass().getName()).append(message(error));
        StackTraceElement origin = firstOwnFrame(error);
        if (origin != null) {
            text.append(" (at ").append(origin).append(')');
        }
        return text.toString();
    }

    private static String message(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? "" : ": " + Verdict.firstLine(message);
    }

    private static StackTraceElement firstOwnFrame(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            if (frame.getClassName().startsWith("org.partiqlvm.")
                    && !frame.getClassName().startsWith("org.partiqlvm.conformance.")) {
                return frame;
            }
        }
        return null;
    }
}
