package org.partiqlvm.engine.fn;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.partiqlvm.value.Slot;

/**
 * A compiled LIKE pattern: immutable and {@link Serializable}, so a constant pattern is compiled
 * once by the plan compiler and shared by every VM.
 *
 * <p>{@code _} matches one character and {@code %} any run of characters, where a character is a
 * Unicode code point ({@code '😁' LIKE '_'} is true); everything else matches itself,
 * case-sensitively. With an escape character {@code e}, {@code e%}, {@code e_} and {@code ee} match
 * {@code %}, {@code _} and {@code e} literally; {@code e} before any other character or at the end
 * of the pattern is an invalid escape sequence (a data error, as in SQL).
 *
 * <p><b>Algorithm.</b> The pattern is split at its {@code %}s into segments of literal characters
 * and {@code _}s. The first segment must match at the start, the last one at the end, and each
 * middle segment is matched at its leftmost position after the previous one: taking the leftmost
 * match never loses a solution, so no backtracking is needed. Matching costs O(n·m) for a subject
 * of n and a pattern of m characters at worst, never exponential: {@code %a%a%a%a%a%a%a%b} against
 * 10,000 {@code a}s takes linear time. Matching allocates nothing.
 */
public final class LikeMatcher implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The token of {@code _}; literal tokens are code points (non-negative). */
    private static final int ANY_ONE = -1;

    private final String pattern;
    private final int[] head;
    private final int[][] middle;
    private final int[] tail;
    private final boolean hasPercent;

    private LikeMatcher(
            String pattern, int[] head, int[][] middle, int[] tail, boolean hasPercent) {
        this.pattern = pattern;
        this.head = head;
        this.middle = middle;
        this.tail = tail;
        this.hasPercent = hasPercent;
    }

    /**
     * Compiles {@code pattern} with an optional escape character.
     *
     * @param pattern the LIKE pattern
     * @param escape the escape character (exactly one code point), or null for none
     * @throws IllegalArgumentException for an escape that is not one character, or an invalid
     *     escape sequence in the pattern
     */
    public static LikeMatcher compile(String pattern, String escape) {
        int esc = escapeCodePoint(escape);
        if (esc == -2) {
            throw new IllegalArgumentException(badEscapeMessage(escape));
        }
        String error = checkEscapes(pattern, esc);
        if (error != null) {
            throw new IllegalArgumentException(error);
        }
        return build(pattern, esc);
    }

    /**
     * Compiles a pattern given at run time, reporting problems through {@code site}: an escape that
     * is not exactly one character fails in both modes (the suite's {@code ESCAPE 'aa'}); an
     * invalid escape sequence is a data error (MISSING in permissive mode). Returns null after a
     * report.
     */
    static LikeMatcher compile(String pattern, String escape, Slot out, CallSite site) {
        int esc = escapeCodePoint(escape);
        if (esc == -2) {
            throw site.error(badEscapeMessage(escape));
        }
        String error = checkEscapes(pattern, esc);
        if (error != null) {
            site.dataError(out, error);
            return null;
        }
        return build(pattern, esc);
    }

    /** The pattern text this matcher was compiled from. */
    public String pattern() {
        return pattern;
    }

    /** True when the whole of {@code s} matches the pattern. Allocation-free. */
    public boolean matches(String s) {
        int end = s.length();
        if (!hasPercent) {
            return matchAt(head, s, 0, end) == end;
        }
        int pos = matchAt(head, s, 0, end);
        if (pos < 0) {
            return false;
        }
        // The last segment is anchored at the end: find where it must start.
        int limit = end;
        for (int j = 0; j < tail.length; j++) {
            if (limit <= pos) {
                return false;
            }
            limit =
                    limit >= 2
                                    && Character.isLowSurrogate(s.charAt(limit - 1))
                                    && Character.isHighSurrogate(s.charAt(limit - 2))
                            ? limit - 2
                            : limit - 1;
        }
        if (limit < pos || matchAt(tail, s, limit, end) != end) {
            return false;
        }
        for (int[] segment : middle) {
            pos = find(segment, s, pos, limit);
            if (pos < 0) {
                return false;
            }
        }
        return true;
    }

    /** The end of the leftmost match of {@code segment} in {@code s[from, limit)}, or -1. */
    private static int find(int[] segment, String s, int from, int limit) {
        int q = from;
        while (q < limit) {
            int r = matchAt(segment, s, q, limit);
            if (r >= 0) {
                return r;
            }
            q += Character.charCount(s.codePointAt(q));
        }
        return -1;
    }

    /** The end of {@code segment} matched at {@code p} within {@code s[p, limit)}, or -1. */
    private static int matchAt(int[] segment, String s, int p, int limit) {
        for (int token : segment) {
            if (p >= limit) {
                return -1;
            }
            int cp = s.codePointAt(p);
            if (token != ANY_ONE && token != cp) {
                return -1;
            }
            p += Character.charCount(cp);
        }
        return p;
    }

    // ---------------------------------------------------------------- compiling

    /** The escape's code point, -1 for none, -2 when it is not exactly one code point. */
    private static int escapeCodePoint(String escape) {
        if (escape == null) {
            return -1;
        }
        if (escape.isEmpty() || escape.codePointCount(0, escape.length()) != 1) {
            return -2;
        }
        return escape.codePointAt(0);
    }

    private static String badEscapeMessage(String escape) {
        return "the escape must be exactly one character, found '" + escape + "'";
    }

    /** A message for the first invalid escape sequence, or null. */
    private static String checkEscapes(String pattern, int esc) {
        if (esc < 0) {
            return null;
        }
        for (int i = 0; i < pattern.length(); ) {
            int cp = pattern.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == esc) {
                if (i >= pattern.length()) {
                    return "invalid escape sequence: the pattern '"
                            + pattern
                            + "' ends with the escape";
                }
                int next = pattern.codePointAt(i);
                if (next != '%' && next != '_' && next != esc) {
                    return "invalid escape sequence '"
                            + new String(Character.toChars(esc))
                            + new String(Character.toChars(next))
                            + "' in the pattern '"
                            + pattern
                            + "'";
                }
                i += Character.charCount(next);
            }
        }
        return null;
    }

    private static LikeMatcher build(String pattern, int esc) {
        List<int[]> pieces = new ArrayList<>();
        int[] buf = new int[pattern.length()];
        int n = 0;
        for (int i = 0; i < pattern.length(); ) {
            int cp = pattern.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == esc) {
                int next = pattern.codePointAt(i);
                i += Character.charCount(next);
                buf[n++] = next;
            } else if (cp == '%') {
                pieces.add(Arrays.copyOf(buf, n));
                n = 0;
            } else {
                buf[n++] = cp == '_' ? ANY_ONE : cp;
            }
        }
        pieces.add(Arrays.copyOf(buf, n));
        int[] head = pieces.get(0);
        if (pieces.size() == 1) {
            return new LikeMatcher(pattern, head, new int[0][], new int[0], false);
        }
        int[] tail = pieces.get(pieces.size() - 1);
        List<int[]> middle = new ArrayList<>();
        for (int k = 1; k < pieces.size() - 1; k++) {
            if (pieces.get(k).length > 0) {
                middle.add(pieces.get(k));
            }
        }
        return new LikeMatcher(pattern, head, middle.toArray(new int[0][]), tail, true);
    }

    @Override
    public String toString() {
        return "LikeMatcher[" + pattern + "]";
    }
}
