package org.partiqlvm.conformance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.partiqlvm.value.DateValue;
import org.partiqlvm.value.IntervalDayTimeValue;
import org.partiqlvm.value.IntervalYearMonthValue;
import org.partiqlvm.value.NullValue;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;

/**
 * When an actual result matches a suite's expected {@code output}: the comparison of the upstream
 * Kotlin runner (partiql-lang-kotlin's {@code PartiQLValue} comparator), except that MISSING is
 * never NULL. Written here, independently of {@code ValueEquivalence}, so that the engine's own
 * equality (GROUP BY, DISTINCT) cannot hide its bugs from the suite.
 *
 * <ul>
 *   <li>MISSING matches only MISSING, at any depth;
 *   <li>a NULL matches any NULL: {@code null.int} matches {@code null};
 *   <li>numbers match by value across INT, DECIMAL and FLOAT: {@code 1 = 1.0 = 1.00 = 1e0}, {@code
 *       -0e0 = 0}, NaN = NaN, {@code +inf = +inf}; a FLOAT meets a DECIMAL or INT through its
 *       shortest decimal form ({@code 0.1e0 = 0.1});
 *   <li>STRING and SYMBOL match by text, BLOB and CLOB by bytes; BOOL and DATE by value;
 *   <li>TIME and TIMESTAMP match when both have a time zone and the same UTC value, or both have
 *       none and the same local value; the precision does not count ({@code 12:00:00 =
 *       12:00:00.000});
 *   <li>intervals match by their total months, or total seconds and nanoseconds;
 *   <li>a LIST matches a LIST (a SEXP a SEXP) element by element, in order;
 *   <li>a BAG matches a BAG as a multiset: same size, each element matched by a different one;
 *   <li>a STRUCT matches a STRUCT as a multiset of (name, value) fields, names case-sensitive;
 *   <li>nothing else matches: a BAG never matches a LIST, nor a LIST a SEXP.
 * </ul>
 *
 * <p>{@link #sameTypes} is the stricter check behind the notes on passing cases: the same rules,
 * but an INT never matches a DECIMAL, a STRING never a SYMBOL, and a typed null only the same typed
 * null.
 */
public final class ResultEquivalence {

    /**
     * Where and how two values differ.
     *
     * @param path from the root: {@code $}, then {@code [i]} for a list element, {@code .name} for
     *     a struct field, {@code <<>>} into a bag
     * @param expected the expected value at {@code path}, or null when the actual one is extra
     * @param actual the actual value at {@code path}, or null when it is missing
     * @param reason why they differ, e.g. {@code "3 elements expected, 2 found"}
     */
    public record Difference(String path, Value expected, Value actual, String reason) {}

    private ResultEquivalence() {}

    /** True when {@code actual} matches {@code expected} (see the class comment). */
    public static boolean matches(Value expected, Value actual) {
        return equal(expected, actual, false);
    }

    /** True when they match and, at every depth, have the same kinds (and typed-null kinds). */
    public static boolean sameTypes(Value expected, Value actual) {
        return equal(expected, actual, true);
    }

    /**
     * The first difference found, or null when {@code actual} {@link #matches} {@code expected}.
     */
    public static Difference difference(Value expected, Value actual) {
        return difference("$", expected, actual);
    }

    // ---------------------------------------------------------------- equality

    private static boolean equal(Value e, Value a, boolean strictTypes) {
        ValueKind ke = e.kind();
        ValueKind ka = a.kind();
        if (ke == ValueKind.NULL || ka == ValueKind.NULL) {
            return ke == ka
                    && (!strictTypes
                            || ((NullValue) e).declaredKind() == ((NullValue) a).declaredKind());
        }
        if (ke != ka && strictTypes) {
            return false;
        }
        if (ke.isNumber() && ka.isNumber()) {
            return numbersEqual(e, a);
        }
        if (ke.isText() && ka.isText()) {
            return e.asString().equals(a.asString());
        }
        if (ke.isLob() && ka.isLob()) {
            return Arrays.equals(e.asBytes(), a.asBytes());
        }
        if (ke != ka) {
            return false;
        }
        return switch (ke) {
            case MISSING -> true;
            case BOOL -> e.booleanValue() == a.booleanValue();
            case DATE -> ((DateValue) e).date().equals(((DateValue) a).date());
            case TIME -> timesEqual((TimeValue) e, (TimeValue) a);
            case TIMESTAMP -> timestampsEqual((TimestampValue) e, (TimestampValue) a);
            case INTERVAL_YEAR_MONTH ->
                    ((IntervalYearMonthValue) e).totalMonths()
                            == ((IntervalYearMonthValue) a).totalMonths();
            case INTERVAL_DAY_TIME -> dayTimesEqual((IntervalDayTimeValue) e, a);
            case LIST, SEXP -> sequencesEqual(e, a, strictTypes);
            case BAG -> unmatched(elements(e), elements(a), strictTypes) == null;
            case STRUCT -> unmatched(fields(e), fields(a), strictTypes) == null;
            default -> throw new AssertionError("unexpected kind " + ke);
        };
    }

    private static boolean numbersEqual(Value e, Value a) {
        boolean eNonFinite = isNonFinite(e);
        boolean aNonFinite = isNonFinite(a);
        if (eNonFinite || aNonFinite) {
            return eNonFinite
                    && aNonFinite
                    && Double.compare(e.asDouble(), a.asDouble()) == 0; // NaN = NaN
        }
        return exact(e).compareTo(exact(a)) == 0;
    }

    private static boolean isNonFinite(Value number) {
        return number.kind() == ValueKind.FLOAT && !Double.isFinite(number.asDouble());
    }

    private static BigDecimal exact(Value number) {
        return switch (number.kind()) {
            case INT -> new BigDecimal(number.asBigInteger());
            case DECIMAL -> number.asBigDecimal();
            case FLOAT -> BigDecimal.valueOf(number.asDouble());
            default -> throw new AssertionError("not a number: " + number.kind());
        };
    }

    private static boolean timesEqual(TimeValue e, TimeValue a) {
        if (e.hasTimeZone() != a.hasTimeZone()) {
            return false;
        }
        return e.hasTimeZone() ? e.utcNanoOfDay() == a.utcNanoOfDay() : e.time().equals(a.time());
    }

    private static boolean timestampsEqual(TimestampValue e, TimestampValue a) {
        if (e.hasTimeZone() != a.hasTimeZone()) {
            return false;
        }
        return e.hasTimeZone()
                ? e.epochSecond() == a.epochSecond() && e.nano() == a.nano()
                : e.dateTime().equals(a.dateTime());
    }

    private static boolean dayTimesEqual(IntervalDayTimeValue e, Value a) {
        IntervalDayTimeValue other = (IntervalDayTimeValue) a;
        return e.totalSeconds() == other.totalSeconds()
                && e.nanoAdjustment() == other.nanoAdjustment();
    }

    private static boolean sequencesEqual(Value e, Value a, boolean strictTypes) {
        if (e.size() != a.size()) {
            return false;
        }
        for (int i = 0; i < e.size(); i++) {
            if (!equal(e.get(i), a.get(i), strictTypes)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- multisets

    /** A member of a multiset: a bag element (name null) or a struct field. */
    private record Member(String name, Value value) {

        boolean matches(Member other, boolean strictTypes) {
            return Objects.equals(name, other.name) && equal(value, other.value, strictTypes);
        }
    }

    /** The members of each side that found no partner; null when every member found one. */
    private record Unmatched(List<Member> expected, List<Member> actual) {}

    private static List<Member> elements(Value bag) {
        List<Member> members = new ArrayList<>(bag.size());
        for (int i = 0; i < bag.size(); i++) {
            members.add(new Member(null, bag.get(i)));
        }
        return members;
    }

    private static List<Member> fields(Value struct) {
        List<Member> members = new ArrayList<>(struct.fieldCount());
        for (int i = 0; i < struct.fieldCount(); i++) {
            members.add(new Member(struct.fieldName(i), struct.fieldValue(i)));
        }
        return members;
    }

    /**
     * Pairs each expected member with an equal actual one. Greedy pairing is exact because the
     * relation is an equivalence (a member can take any partner of its class).
     */
    private static Unmatched unmatched(List<Member> e, List<Member> a, boolean strictTypes) {
        boolean[] taken = new boolean[a.size()];
        List<Member> lonelyExpected = new ArrayList<>();
        for (Member want : e) {
            boolean found = false;
            for (int j = 0; j < a.size() && !found; j++) {
                if (!taken[j] && want.matches(a.get(j), strictTypes)) {
                    taken[j] = true;
                    found = true;
                }
            }
            if (!found) {
                lonelyExpected.add(want);
            }
        }
        List<Member> lonelyActual = new ArrayList<>();
        for (int j = 0; j < a.size(); j++) {
            if (!taken[j]) {
                lonelyActual.add(a.get(j));
            }
        }
        return lonelyExpected.isEmpty() && lonelyActual.isEmpty()
                ? null
                : new Unmatched(lonelyExpected, lonelyActual);
    }

    // ---------------------------------------------------------------- differences

    private static Difference difference(String path, Value e, Value a) {
        if (equal(e, a, false)) {
            return null;
        }
        ValueKind ke = e.kind();
        if (ke != a.kind() || !ke.isContainer()) {
            return new Difference(path, e, a, "");
        }
        return switch (ke) {
            case LIST, SEXP -> sequenceDifference(path, e, a);
            case BAG -> multisetDifference(path + "<<>>", elements(e), elements(a), "element");
            case STRUCT -> multisetDifference(path, fields(e), fields(a), "field");
            default -> new Difference(path, e, a, "");
        };
    }

    private static Difference sequenceDifference(String path, Value e, Value a) {
        int common = Math.min(e.size(), a.size());
        for (int i = 0; i < common; i++) {
            Difference inner = difference(path + "[" + i + "]", e.get(i), a.get(i));
            if (inner != null) {
                return inner;
            }
        }
        return new Difference(path, e, a, e.size() + " elements expected, " + a.size() + " found");
    }

    /**
     * One unmatched member on each side (with the same name, for fields) is a changed member: look
     * inside it. Otherwise report the first member that is missing, or else the first extra one.
     */
    private static Difference multisetDifference(
            String path, List<Member> e, List<Member> a, String what) {
        Unmatched lonely = unmatched(e, a, false);
        if (lonely.expected().size() == 1
                && lonely.actual().size() == 1
                && Objects.equals(lonely.expected().get(0).name(), lonely.actual().get(0).name())) {
            Member want = lonely.expected().get(0);
            String inner = want.name() == null ? path : path + "." + want.name();
            return difference(inner, want.value(), lonely.actual().get(0).value());
        }
        String counts =
                lonely.expected().size()
                        + " expected "
                        + what
                        + "(s) not found, "
                        + lonely.actual().size()
                        + " unexpected";
        if (!lonely.expected().isEmpty()) {
            Member want = lonely.expected().get(0);
            String at = want.name() == null ? path : path + "." + want.name();
            return new Difference(at, want.value(), null, counts);
        }
        Member extra = lonely.actual().get(0);
        String at = extra.name() == null ? path : path + "." + extra.name();
        return new Difference(at, null, extra.value(), counts);
    }
}
