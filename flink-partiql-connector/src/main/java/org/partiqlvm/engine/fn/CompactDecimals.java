package org.partiqlvm.engine.fn;

import org.partiqlvm.value.Slot;

/**
 * Exact DECIMAL arithmetic and comparison on {@code long}s: the fast path for numbers that are
 * {@code long}-sized INTs or compact DECIMALs ({@link Slot#isCompactDecimal()}), as JSON prices and
 * amounts are. Results are exactly those of {@link java.math.BigDecimal} (the same value and scale;
 * they have at most 19 digits, far below the 38-digit DECIMAL precision, so nothing rounds); an
 * operation whose result does not fit reports so and the caller takes the {@code BigDecimal} path.
 */
final class CompactDecimals {

    /** The largest scale a compact result may have. */
    private static final int MAX_SCALE = 64;

    /** Returned by {@link #compare} when the operands cannot be compared on {@code long}s. */
    static final int INCOMPARABLE = Integer.MIN_VALUE;

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private CompactDecimals() {}

    /** True when at least one operand is a compact DECIMAL and the other is one or a long INT. */
    static boolean applies(Slot a, Slot b) {
        boolean da = a.isCompactDecimal();
        boolean db = b.isCompactDecimal();
        return (da || db) && (da || a.isLong()) && (db || b.isLong());
    }

    /**
     * Stores {@code a op b} ({@link Arithmetic#ADD}, {@code SUBTRACT}, {@code MULTIPLY} or {@code
     * DIVIDE}) as a compact DECIMAL in {@code out} and returns true; returns false, leaving {@code
     * out} alone, when the exact result does not fit (or for other operations). Operands as {@link
     * #applies}.
     */
    static boolean apply(int op, Slot a, Slot b, Slot out) {
        long x = unscaled(a);
        long y = unscaled(b);
        int sx = scale(a);
        int sy = scale(b);
        if (op == Arithmetic.DIVIDE) {
            return divide(x, sx, y, sy, out);
        }
        if (op == Arithmetic.MULTIPLY) {
            int s = sx + sy;
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if (s > MAX_SCALE || !((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) {
                return false;
            }
            out.setDecimal(lo, s);
            return true;
        }
        if (op != Arithmetic.ADD && op != Arithmetic.SUBTRACT) {
            return false;
        }
        int s = Math.max(sx, sy);
        if (sx < s) {
            x = rescale(x, s - sx);
        } else if (sy < s) {
            y = rescale(y, s - sy);
        }
        if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) {
            return false; // also the overflow marker of rescale
        }
        long r = op == Arithmetic.ADD ? x + y : x - y;
        boolean overflow = op == Arithmetic.ADD ? ((x ^ r) & (y ^ r)) < 0 : ((x ^ y) & (x ^ r)) < 0;
        if (overflow) {
            return false;
        }
        out.setDecimal(r, s);
        return true;
    }

    /**
     * {@code x·10^-sx / y·10^-sy} when the quotient is exact in a {@code long}: as {@code
     * BigDecimal.divide(divisor, 38 digits)}, the exact quotient at the preferred scale {@code sx -
     * sy}, or at the smallest larger scale that holds it exactly. A zero divisor, a negative
     * preferred scale, a quotient that does not terminate or does not fit: false (the {@code
     * BigDecimal} path decides, and reports a division by zero).
     */
    private static boolean divide(long x, int sx, long y, int sy, Slot out) {
        int preferred = sx - sy;
        if (y == 0 || preferred < 0) {
            return false;
        }
        for (int k = 0; k < POWERS_OF_TEN.length && preferred + k <= MAX_SCALE; k++) {
            long n = rescale(x, k);
            if (n == Long.MIN_VALUE) {
                return false;
            }
            if (n % y == 0) {
                out.setDecimal(n / y, preferred + k);
                return true;
            }
        }
        return false;
    }

    /**
     * {@code CAST(v AS DECIMAL(precision, scale))} on {@code long}s for a {@code long} INT or
     * compact DECIMAL {@code v}: rounded half-up to {@code scale}, as {@code BigDecimal.setScale}.
     * Returns false, leaving {@code out} alone, when {@code v} is neither, the result would need
     * more than 18 digits, or it does not fit {@code precision} (the {@code BigDecimal} path then
     * decides and reports).
     */
    static boolean castDecimal(Slot v, int precision, int scale, Slot out) {
        if (!(v.isLong() || v.isCompactDecimal())
                || precision < 1
                || precision >= POWERS_OF_TEN.length
                || scale < 0
                || scale > precision) {
            return false;
        }
        long u = unscaled(v);
        int from = scale(v);
        long n;
        if (scale >= from) {
            n = rescale(u, scale - from);
            if (n == Long.MIN_VALUE) {
                return false;
            }
        } else {
            int drop = from - scale;
            if (drop >= POWERS_OF_TEN.length) {
                return false;
            }
            long divisor = POWERS_OF_TEN[drop];
            n = u / divisor;
            long rest = Math.abs(u % divisor);
            if (rest >= divisor - rest) {
                n += u < 0 ? -1 : 1;
            }
        }
        if (Math.abs(n) >= POWERS_OF_TEN[precision]) {
            return false;
        }
        out.setDecimal(n, scale);
        return true;
    }

    /**
     * The sign of {@code a - b} (-1, 0, 1), or {@link #INCOMPARABLE} when aligning the scales
     * overflows. Operands as {@link #applies}.
     */
    static int compare(Slot a, Slot b) {
        long x = unscaled(a);
        long y = unscaled(b);
        int sx = scale(a);
        int sy = scale(b);
        if (sx < sy) {
            x = rescale(x, sy - sx);
        } else if (sy < sx) {
            y = rescale(y, sx - sy);
        }
        if (x == Long.MIN_VALUE || y == Long.MIN_VALUE) {
            return INCOMPARABLE;
        }
        return Long.compare(x, y);
    }

    private static long unscaled(Slot s) {
        return s.isLong() ? s.getLong() : s.getUnscaled();
    }

    private static int scale(Slot s) {
        return s.isLong() ? 0 : s.getScale();
    }

    /** {@code v × 10^by}, or {@code Long.MIN_VALUE} when that overflows. */
    private static long rescale(long v, int by) {
        if (by >= POWERS_OF_TEN.length) {
            return v == 0 ? 0 : Long.MIN_VALUE;
        }
        long p = POWERS_OF_TEN[by];
        long hi = Math.multiplyHigh(v, p);
        long lo = v * p;
        return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? lo : Long.MIN_VALUE;
    }
}
