package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.value.StructValue;
import org.partiqlvm.value.Value;

/**
 * The string functions that build their results in the VM's arena ({@link ArenaText}) agree with
 * {@link String}'s own operations, by code point, on text with blanks, ASCII of both cases,
 * accented letters, the Greek final sigma and characters beyond the BMP; each row's result is read
 * after the next rows ran (the arena is released between rows).
 */
class ArenaTextTest {

    private static final String STATEMENT =
            "SELECT VALUE [LOWER(r.s), UPPER(r.s), TRIM(r.s), LOWER(TRIM(r.s)) || r.t,"
                    + " SUBSTRING(r.s, r.i), SUBSTRING(r.s, r.i, 3), REPLACE(r.s, r.t, '<>'),"
                    + " LEFT(r.s, r.i), RIGHT(r.s, r.i), LPAD(r.s, r.i + 2, r.t),"
                    + " RPAD(r.s, r.i + 2, 'xy'), REVERSE(r.s), r.s || r.t = r.t || r.s,"
                    + " TRIM(r.s) < r.t, INITCAP(r.s || ' x' || r.t)]"
                    + " FROM stream AS r";

    private static final PartiQLVM VM =
            new PartiQLVM(PlanCompiler.compile(STATEMENT, CompileOptions.forStream("stream")));

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings()
                .withChars(" aAbBzZ-é\u00c9\u03a3\u03c3")
                .withChars('\ud83d', '\ude00') // a pair: 😀
                .ofMaxLength(12)
                .map(ArenaTextTest::wellFormed);
    }

    /** Drops lone surrogates (a pair stays), as JSON text would not carry them either. */
    private static String wellFormed(String s) {
        return s.replace("\ud83d\ude00", "\u0001")
                .replace("\ud83d", "")
                .replace("\ude00", "")
                .replace("\u0001", "\ud83d\ude00");
    }

    @Property(tries = 300)
    void agreesWithJavaStrings(
            @ForAll("text") String s, @ForAll("text") String t, @ForAll @IntRange(max = 8) int i) {
        Bindings in = VM.newBindings();
        in.setStreamRecord(
                0,
                StructValue.wrap(
                        new String[] {"s", "t", "i"},
                        new Value[] {Value.ofString(s), Value.ofString(t), Value.ofLong(i)}));
        Value row = VM.evaluate(in).get(0);
        String trimmed = trim(s);
        assertThat(text(row, 0)).isEqualTo(s.toLowerCase(Locale.ROOT));
        assertThat(text(row, 1)).isEqualTo(s.toUpperCase(Locale.ROOT));
        assertThat(text(row, 2)).isEqualTo(trimmed);
        assertThat(text(row, 3)).isEqualTo(trimmed.toLowerCase(Locale.ROOT) + t);
        assertThat(text(row, 4)).isEqualTo(codePoints(s, i, Integer.MAX_VALUE));
        assertThat(text(row, 5)).isEqualTo(codePoints(s, i, i + 3));
        assertThat(text(row, 6)).isEqualTo(t.isEmpty() ? s : s.replace(t, "<>"));
        assertThat(text(row, 7)).isEqualTo(codePoints(s, 1, 1 + i));
        int count = s.codePointCount(0, s.length());
        assertThat(text(row, 8)).isEqualTo(codePoints(s, Math.max(1, count - i + 1), count + 1));
        assertThat(text(row, 9)).isEqualTo(pad(s, i + 2, t, true));
        assertThat(text(row, 10)).isEqualTo(pad(s, i + 2, "xy", false));
        assertThat(text(row, 11)).isEqualTo(new StringBuilder(s).reverse().toString());
        assertThat(row.get(12).booleanValue()).isEqualTo((s + t).equals(t + s));
        assertThat(row.get(13).booleanValue()).isEqualTo(compareCodePoints(trimmed, t) < 0);
        assertThat(text(row, 14)).isEqualTo(initcap(s + " x" + t));
    }

    private static String text(Value list, int i) {
        return list.get(i).asString();
    }

    private static String trim(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && s.charAt(b) == ' ') {
            b++;
        }
        while (e > b && s.charAt(e - 1) == ' ') {
            e--;
        }
        return s.substring(b, e);
    }

    /** Code points at 1-based positions [from, to), clipped. */
    private static String codePoints(String s, long from, long to) {
        StringBuilder sb = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        for (long p = Math.max(1, from); p < to && p <= cps.length; p++) {
            sb.appendCodePoint(cps[(int) p - 1]);
        }
        return sb.toString();
    }

    private static String pad(String s, int n, String pad, boolean left) {
        int[] cps = s.codePoints().toArray();
        if (cps.length >= n || pad.isEmpty()) {
            return codePoints(s, 1, 1 + n);
        }
        int[] padCps = pad.codePoints().toArray();
        StringBuilder padding = new StringBuilder();
        for (int k = 0; k < n - cps.length; k++) {
            padding.appendCodePoint(padCps[k % padCps.length]);
        }
        return left ? padding + s : s + padding;
    }

    private static String initcap(String s) {
        StringBuilder sb = new StringBuilder();
        boolean inWord = false;
        for (int cp : s.codePoints().toArray()) {
            boolean letter = Character.isLetterOrDigit(cp);
            sb.appendCodePoint(
                    letter ? inWord ? Character.toLowerCase(cp) : Character.toUpperCase(cp) : cp);
            inWord = letter;
        }
        return sb.toString();
    }

    private static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int k = 0; k < Math.min(x.length, y.length); k++) {
            if (x[k] != y[k]) {
                return Integer.compare(x[k], y[k]);
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
