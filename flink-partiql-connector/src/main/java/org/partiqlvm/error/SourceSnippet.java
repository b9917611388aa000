package org.partiqlvm.error;

/**
 * Renders the source line of a span with a caret under its column, for error messages.
 *
 * <p>Very long lines are cut to a window around the column so that a message stays readable (and
 * small) even for a statement of 100,000 characters on one line.
 */
final class SourceSnippet {

    /** How many chars of the line to show on each side of the caret, at most. */
    private static final int WINDOW = 60;

    private static final String ELLIPSIS = "...";

    private SourceSnippet() {}

    /** Two lines, each indented by two spaces: the offending line and a caret under the column. */
    static String render(String source, SourceSpan span) {
        int offset = Math.min(span.offset(), source.length());
        int lineStart = offset;
        while (lineStart > 0 && !isLineBreak(source.charAt(lineStart - 1))) {
            lineStart--;
        }
        int lineEnd = offset;
        while (lineEnd < source.length() && !isLineBreak(source.charAt(lineEnd))) {
            lineEnd++;
        }
        int from = Math.max(lineStart, offset - WINDOW);
        int to = Math.min(lineEnd, offset + WINDOW);
        StringBuilder text = new StringBuilder("  ");
        StringBuilder caret = new StringBuilder("  ");
        if (from > lineStart) {
            text.append(ELLIPSIS);
            caret.append(" ".repeat(ELLIPSIS.length()));
        }
        for (int i = from; i < to; i++) {
            char c = source.charAt(i);
            text.append(printable(c));
            if (i < offset) {
                caret.append(c == '\t' ? '\t' : ' ');
            }
        }
        if (to < lineEnd) {
            text.append(ELLIPSIS);
        }
        caret.append('^');
        return stripTrailing(text) + "\n" + caret;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /**
     * Control chars would garble the message; show them as a space (keeping tabs for alignment).
     */
    private static char printable(char c) {
        return c == '\t' || c >= ' ' && c != 0x7f ? c : ' ';
    }

    private static String stripTrailing(StringBuilder text) {
        int end = text.length();
        while (end > 2 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end);
    }
}
