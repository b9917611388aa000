package org.partiqlvm.engine.fn;

import java.util.Locale;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueArena;

/**
 * String results built as characters in the VM's {@link ValueArena} instead of new {@code String}s:
 * the per-row temporaries of the string functions. A result is either a region of the arena ({@link
 * ValueArena#allocateChars}) or a part of an argument's characters (TRIM and SUBSTRING return a
 * slice of their argument), held in the output slot with {@link Slot#setChars}; both live until the
 * row's release, and whoever keeps the value gets an ordinary copy ({@link Slot#toValue()}).
 *
 * <p>Arguments are read as characters ({@link Slot#viewChars()}): input strings read with value
 * reuse as their slices, strings computed in the row as their regions; a function that needs the
 * characters of a {@code String} argument as an array copies them into the arena and holds that
 * copy in its output slot first (never in the argument's slot, which may be a variable that lives
 * longer than the row). Nothing here allocates, except LOWER/UPPER of text beyond ASCII (the
 * Unicode rules of {@link String#toLowerCase} depend on context).
 */
final class ArenaText {

    private ArenaText() {}

    /** LOWER or UPPER of the text in {@code s}. */
    static void changeCase(Slot s, Slot out, CallSite site, ValueArena arena, boolean upper) {
        if (!Args.expect(s, KindSet.TEXT, 0, out, site)) {
            return;
        }
        int n = s.textLength();
        boolean changes = false;
        for (int i = 0; i < n; i++) {
            char c = s.textCharAt(i);
            if (c >= 0x80) { // beyond ASCII: the full Unicode rules
                String text = s.getString();
                out.setString(
                        upper ? text.toUpperCase(Locale.ROOT) : text.toLowerCase(Locale.ROOT));
                return;
            }
            changes |= upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z');
        }
        if (!changes) {
            passThrough(s, out);
            return;
        }
        int at = arena.allocateChars(n);
        char[] dst = arena.charArray();
        for (int i = 0; i < n; i++) {
            char c = s.textCharAt(i);
            if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z')) {
                c = (char) (c ^ 0x20);
            }
            dst[at + i] = c;
        }
        out.setChars(dst, at, n);
    }

    /** {@code a || b}, both texts. */
    static void concat(Slot a, Slot b, Slot out, CallSite site, FunctionContext context) {
        int na = a.textLength();
        int nb = b.textLength();
        if (nb == 0) {
            passThrough(a, out);
            return;
        }
        if (na == 0) {
            passThrough(b, out);
            return;
        }
        long length = (long) na + nb;
        if (length > context.valueSize()) { // refused before it is built
            throw site.valueTooLarge("a string", length, context.valueSize());
        }
        ValueArena arena = context.arena();
        int at = arena.allocateChars((int) length);
        char[] dst = arena.charArray();
        a.copyText(dst, at);
        b.copyText(dst, at + na);
        out.setChars(dst, at, (int) length);
    }

    /**
     * A slot whose text is {@code s}'s and readable as characters: {@code s} itself when it is,
     * else {@code out} holding a copy in the arena.
     */
    private static Slot charsOf(Slot s, Slot out, ValueArena arena) {
        if (s.viewChars()) {
            return s;
        }
        int n = s.textLength();
        int at = arena.allocateChars(n);
        char[] dst = arena.charArray();
        s.copyText(dst, at);
        out.setChars(dst, at, n);
        return out;
    }

    /** The text of {@code s} unchanged, as a STRING. */
    private static void passThrough(Slot s, Slot out) {
        if (s.viewChars()) {
            out.setChars(s.textChars(), s.textStart(), s.textLength());
        } else {
            out.setString(s.getString());
        }
    }

    /**
     * The code points of the text in {@code s} at 1-based positions [{@code from}, {@code to}),
     * clipped to the text: a slice of {@code s}'s characters.
     */
    static void codePointRange(Slot text, long from, long to, Slot out, ValueArena arena) {
        Slot s = charsOf(text, out, arena);
        char[] src = s.textChars();
        int start = s.textStart();
        int n = s.textLength();
        long first = Math.max(from, 1);
        int count = to <= first ? 0 : Character.codePointCount(src, start, n);
        if (to <= first || first > count) {
            out.setChars(src, start, 0);
            return;
        }
        long last = Math.min(to, (long) count + 1); // exclusive
        int begin = Character.offsetByCodePoints(src, start, n, start, (int) first - 1);
        int end = Character.offsetByCodePoints(src, start, n, begin, (int) (last - first));
        out.setChars(src, begin, end - begin);
    }

    /**
     * TRIM of the text in {@code s}: without leading and/or trailing code points of {@code set}.
     */
    static void trim(
            Slot text, String set, boolean leading, boolean trailing, Slot out, ValueArena arena) {
        Slot s = charsOf(text, out, arena);
        char[] src = s.textChars();
        int start = s.textStart();
        int begin = start;
        int end = start + s.textLength();
        if (leading) {
            while (begin < end) {
                int cp = Character.codePointAt(src, begin, end);
                if (set.indexOf(cp) < 0) {
                    break;
                }
                begin += Character.charCount(cp);
            }
        }
        if (trailing) {
            while (end > begin) {
                int cp = Character.codePointBefore(src, end, begin);
                if (set.indexOf(cp) < 0) {
                    break;
                }
                end -= Character.charCount(cp);
            }
        }
        out.setChars(src, begin, end - begin);
    }

    /** The first {@code n} code points of the text in {@code s} (LEFT): a slice of it. */
    static void left(Slot s, long n, Slot out, ValueArena arena) {
        codePointRange(s, 1, n <= 0 ? 1 : 1 + n, out, arena);
    }

    /** The last {@code n} code points of the text in {@code s} (RIGHT): a slice of it. */
    static void right(Slot text, long n, Slot out, ValueArena arena) {
        Slot s = charsOf(text, out, arena);
        int count = Character.codePointCount(s.textChars(), s.textStart(), s.textLength());
        long from = n <= 0 ? (long) count + 1 : Math.max(1, count - n + 1);
        codePointRange(s, from, (long) count + 1, out, arena);
    }

    /**
     * The text in {@code s} with every occurrence of {@code search} replaced by {@code replacement}
     * (REPLACE; an empty search replaces nothing): counted first, then built once.
     */
    static void replace(
            Slot text,
            Slot search,
            Slot replacement,
            Slot out,
            CallSite site,
            FunctionContext context) {
        ValueArena arena = context.arena();
        Slot s = charsOf(text, out, arena);
        char[] src = s.textChars();
        int start = s.textStart();
        int n = s.textLength();
        int m = search.textLength();
        int matches = m == 0 ? 0 : count(src, start, n, search);
        if (matches == 0) {
            out.setChars(src, start, n);
            return;
        }
        int r = replacement.textLength();
        long length = n + (long) matches * (r - m);
        if (length > context.valueSize()) { // refused before it is built
            throw site.valueTooLarge("a string", length, context.valueSize());
        }
        int at = arena.allocateChars((int) length);
        char[] dst = arena.charArray();
        int written = at;
        int from = start;
        for (int i = indexOf(src, from, start + n, search); i >= 0; ) {
            System.arraycopy(src, from, dst, written, i - from);
            written += i - from;
            replacement.copyText(dst, written);
            written += r;
            from = i + m;
            i = indexOf(src, from, start + n, search);
        }
        System.arraycopy(src, from, dst, written, start + n - from);
        out.setChars(dst, at, (int) length);
    }

    private static int count(char[] src, int start, int n, Slot search) {
        int count = 0;
        int end = start + n;
        for (int i = indexOf(src, start, end, search); i >= 0; ) {
            count++;
            i = indexOf(src, i + search.textLength(), end, search);
        }
        return count;
    }

    /** Where {@code search} first occurs in {@code src[from .. end)}, or -1. */
    private static int indexOf(char[] src, int from, int end, Slot search) {
        int m = search.textLength();
        char first = search.textCharAt(0);
        for (int i = from, last = end - m; i <= last; i++) {
            if (src[i] != first) {
                continue;
            }
            int k = 1;
            while (k < m && src[i + k] == search.textCharAt(k)) {
                k++;
            }
            if (k == m) {
                return i;
            }
        }
        return -1;
    }

    /** The text in {@code s} with its code points in reverse order (REVERSE). */
    static void reverse(Slot s, Slot out, ValueArena arena) {
        int n = s.textLength();
        int at = arena.allocateChars(n);
        char[] dst = arena.charArray();
        s.copyText(dst, at);
        for (int i = at, j = at + n - 1; i < j; i++, j--) {
            char c = dst[i];
            dst[i] = dst[j];
            dst[j] = c;
        }
        for (int i = at, end = at + n - 1; i < end; i++) { // surrogate pairs back in order
            if (Character.isLowSurrogate(dst[i]) && Character.isHighSurrogate(dst[i + 1])) {
                char c = dst[i];
                dst[i] = dst[i + 1];
                dst[i + 1] = c;
                i++;
            }
        }
        out.setChars(dst, at, n);
    }

    /**
     * LPAD or RPAD: the text in {@code s} padded with the code points of {@code pad} (repeated) to
     * {@code n} code points, or cut to them; {@code 0 <= n} is checked by the caller.
     */
    static void pad(Slot s, int n, String pad, boolean left, Slot out, ValueArena arena) {
        int count = codePointCount(s);
        if (count >= n || pad.isEmpty()) {
            codePointRange(s, 1, 1 + (long) n, out, arena);
            return;
        }
        int missing = n - count;
        long padChars = 0; // the padding's length in chars
        for (int k = 0, i = 0; k < missing; k++) {
            int cp = pad.codePointAt(i);
            padChars += Character.charCount(cp);
            i += Character.charCount(cp);
            if (i >= pad.length()) {
                i = 0;
            }
        }
        int length = (int) (s.textLength() + padChars);
        int at = arena.allocateChars(length);
        char[] dst = arena.charArray();
        int padAt = left ? at : at + s.textLength();
        s.copyText(dst, left ? at + (int) padChars : at);
        for (int k = 0, i = 0; k < padChars; k++) {
            dst[padAt + k] = pad.charAt(i);
            if (++i >= pad.length()) {
                i = 0;
            }
        }
        out.setChars(dst, at, length);
    }

    /** The number of code points of the text in {@code s}. No allocation. */
    private static int codePointCount(Slot s) {
        if (s.viewChars()) {
            return Character.codePointCount(s.textChars(), s.textStart(), s.textLength());
        }
        String text = s.getString(); // a String already: no allocation
        return text.codePointCount(0, text.length());
    }

    /**
     * INITCAP: the first letter or digit of each run of them in upper case, the others in lower
     * case, by code point ({@link Character#toUpperCase(int)}); built in the arena.
     */
    static void initcap(Slot s, Slot out, ValueArena arena) {
        int n = s.textLength();
        int at = arena.allocateChars(2 * n); // a code point maps to at most two chars
        char[] dst = arena.charArray();
        int written = at;
        boolean inWord = false;
        for (int i = 0; i < n; ) {
            char c = s.textCharAt(i);
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < n) {
                char d = s.textCharAt(i + 1);
                if (Character.isLowSurrogate(d)) {
                    cp = Character.toCodePoint(c, d);
                }
            }
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                cp = inWord ? Character.toLowerCase(cp) : Character.toUpperCase(cp);
                inWord = true;
            } else {
                inWord = false;
            }
            written += Character.toChars(cp, dst, written);
        }
        arena.releaseChars(written); // give back the unused tail of the region
        out.setChars(dst, at, written - at);
    }
}
