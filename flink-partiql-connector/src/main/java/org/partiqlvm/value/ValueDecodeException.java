package org.partiqlvm.value;

/**
 * Malformed or unsupported input met by a value codec (JSON, Ion): the one unchecked exception the
 * readers throw for bad data, never a raw Jackson or Ion exception (those become the {@link
 * #getCause() cause}).
 *
 * <p>Carries where the problem is when the codec knows it: {@link #line()} and {@link #column()}
 * (1-based) and {@link #offset()} (0-based byte offset for byte input, character offset for text),
 * each -1 when unknown. {@link #getMessage()} ends with the location, {@link
 * #getMessageWithoutLocation()} does not.
 */
public final class ValueDecodeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageWithoutLocation;
    private final long offset;
    private final int line;
    private final int column;

    /** A problem at a known place; pass -1 for any unknown coordinate. */
    public ValueDecodeException(
            String message, long offset, int line, int column, Throwable cause) {
        super(withLocation(message, offset, line, column), cause);
        this.messageWithoutLocation = message;
        this.offset = offset;
        this.line = line;
        this.column = column;
    }

    /** A problem at an unknown place. */
    public ValueDecodeException(String message, Throwable cause) {
        this(message, -1, -1, -1, cause);
    }

    /** A problem at an unknown place, without a cause. */
    public ValueDecodeException(String message) {
        this(message, -1, -1, -1, null);
    }

    /** 0-based byte (or character, for text input) offset, or -1. */
    public long offset() {
        return offset;
    }

    /** 1-based line, or -1. */
    public int line() {
        return line;
    }

    /** 1-based column, or -1. */
    public int column() {
        return column;
    }

    /** The message without the trailing location. */
    public String getMessageWithoutLocation() {
        return messageWithoutLocation;
    }

    private static String withLocation(String message, long offset, int line, int column) {
        StringBuilder sb = new StringBuilder(message);
        if (line > 0) {
            sb.append(" at line ").append(line);
            if (column > 0) {
                sb.append(", column ").append(column);
            }
            if (offset >= 0) {
                sb.append(" (offset ").append(offset).append(')');
            }
        } else if (offset >= 0) {
            sb.append(" at offset ").append(offset);
        }
        return sb.toString();
    }
}
