package org.partiqlvm.engine.fn;

import java.math.BigDecimal;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValueKind;
import org.partiqlvm.value.ValueOrdering;

/**
 * The accumulators behind {@link AggregateFunction}: one small class each. {@code add} allocates
 * nothing for {@code long}-sized INTs and BOOLs; sums of other numbers allocate their result.
 */
final class Accumulators {

    private Accumulators() {}

    /** A plain (non-DISTINCT) accumulator for {@code f}. */
    static Accumulator create(AggregateFunction f, CallSite site) {
        return switch (f) {
            case COUNT -> new Count(false);
            case COUNT_STAR -> new Count(true);
            case SUM -> new Sum(site, false);
            case AVG -> new Sum(site, true);
            case MIN -> new Extreme(false);
            case MAX -> new Extreme(true);
            case ANY, SOME -> new Bools(site, true);
            case EVERY -> new Bools(site, false);
        };
    }

    /** Reports a value of the wrong kind: throws in strict mode, else returns (caller fails). */
    private static void mistyped(CallSite site, String expected, ValueKind found) {
        if (site.strict()) {
            throw site.error("the aggregated values must be " + expected + ", found " + found);
        }
    }

    /** COUNT and COUNT(*). */
    private static final class Count implements Accumulator {
        private final boolean star;
        private long count;

        Count(boolean star) {
            this.star = star;
        }

        @Override
        public void reset() {
            count = 0;
        }

        @Override
        public void add(Slot value) {
            if (star || !value.isUnknown()) {
                count++;
            }
        }

        @Override
        public void result(Slot out) {
            out.setLong(count);
        }
    }

    /** SUM and AVG: a running sum (any numeric kind, as {@link Arithmetic#add}) and a count. */
    private static final class Sum implements Accumulator {
        private final CallSite site;
        private final boolean average;
        private final Slot sum = new Slot();
        private long count;
        private boolean failed;

        Sum(CallSite site, boolean average) {
            this.site = site;
            this.average = average;
        }

        @Override
        public void reset() {
            sum.setMissing();
            count = 0;
            failed = false;
        }

        @Override
        public void add(Slot value) {
            ValueKind k = value.kind();
            if (k.isUnknown() || failed) {
                return;
            }
            if (!k.isNumber()) {
                mistyped(site, "numbers", k);
                failed = true;
                return;
            }
            if (count == 0) {
                sum.copyFrom(value);
                sum.keep(); // a number taken out of a struct built for the row is copied
            } else {
                Arithmetic.add(sum, value, sum, site);
            }
            count++;
        }

        @Override
        public void result(Slot out) {
            if (failed) {
                out.setMissing();
            } else if (count == 0) {
                out.setNull();
            } else if (!average) {
                out.copyFrom(sum);
            } else if (sum.kind() == ValueKind.FLOAT) {
                out.setDouble(sum.getDouble() / count);
            } else {
                BigDecimal mean =
                        Numbers.decimal(sum)
                                .divide(BigDecimal.valueOf(count), Numbers.DECIMAL_CONTEXT);
                out.setValue(Value.ofDecimal(mean));
            }
        }
    }

    /** MIN and MAX in the PartiQL order of values. */
    private static final class Extreme implements Accumulator {
        private final boolean max;
        private boolean any;
        private boolean bestIsLong;
        private long bestLong;
        private Value best;

        Extreme(boolean max) {
            this.max = max;
        }

        @Override
        public void reset() {
            any = false;
            best = null;
        }

        @Override
        public void add(Slot value) {
            if (value.isUnknown()) {
                return;
            }
            if (value.isLong() && (!any || bestIsLong)) {
                long v = value.getLong();
                if (!any || (max ? v > bestLong : v < bestLong)) {
                    bestLong = v;
                }
                bestIsLong = true;
                any = true;
                return;
            }
            Value v = value.toValue();
            if (any) {
                Value current = bestIsLong ? Value.ofLong(bestLong) : best;
                int c = ValueOrdering.NULLS_FIRST.compare(v, current);
                if (max ? c <= 0 : c >= 0) {
                    return;
                }
            }
            best = v;
            bestIsLong = false;
            any = true;
        }

        @Override
        public void result(Slot out) {
            if (!any) {
                out.setNull();
            } else if (bestIsLong) {
                out.setLong(bestLong);
            } else {
                out.setValue(best);
            }
        }
    }

    /** ANY / SOME (disjunction) and EVERY (conjunction) of BOOLs. */
    private static final class Bools implements Accumulator {
        private final CallSite site;
        private final boolean disjunction;
        private boolean any;
        private boolean result;
        private boolean failed;

        Bools(CallSite site, boolean disjunction) {
            this.site = site;
            this.disjunction = disjunction;
        }

        @Override
        public void reset() {
            any = false;
            failed = false;
        }

        @Override
        public void add(Slot value) {
            ValueKind k = value.kind();
            if (k.isUnknown() || failed) {
                return;
            }
            if (k != ValueKind.BOOL) {
                mistyped(site, "BOOL", k);
                failed = true;
                return;
            }
            boolean b = value.getBool();
            result = any ? (disjunction ? result || b : result && b) : b;
            any = true;
        }

        @Override
        public void result(Slot out) {
            if (failed) {
                out.setMissing();
            } else if (!any) {
                out.setNull();
            } else {
                out.setBool(result);
            }
        }
    }
}
