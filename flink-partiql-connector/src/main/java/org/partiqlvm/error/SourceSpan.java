package org.partiqlvm.error;

import java.io.Serializable;

/**
 * A stretch of statement text: where a token or syntax node was written.
 *
 * <p>Offsets count UTF-16 chars from the start of the text; line and column are 1-based (the column
 * counts chars from the start of the line), for messages such as {@code 3:14}.
 *
 * @param offset the index of the first char
 * @param length the number of chars (0 for the end of input)
 * @param line the 1-based line of the first char
 * @param column the 1-based column of the first char
 */
public record SourceSpan(int offset, int length, int line, int column) implements Serializable {

    public SourceSpan {
        if (offset < 0 || length < 0 || line < 1 || column < 1) {
            throw new IllegalArgumentException(
                    "bad span: offset="
                            + offset
                            + " length="
                            + length
                            + " at "
                            + line
                            + ":"
                            + column);
        }
    }

    /** The index just past the last char. */
    public int end() {
        return offset + length;
    }

    /**
     * The span from the start of this one to the end of {@code last} (which must not start
     * earlier).
     */
    public SourceSpan through(SourceSpan last) {
        return new SourceSpan(offset, Math.max(last.end(), end()) - offset, line, column);
    }

    /** {@code line:column} then the offset and length, as in {@code 2:7@23+3}. */
    @Override
    public String toString() {
        return line + ":" + column + "@" + offset + "+" + length;
    }
}
