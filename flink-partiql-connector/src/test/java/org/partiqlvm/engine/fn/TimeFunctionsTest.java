package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partiqlvm.engine.fn.Statements.assertDataError;
import static org.partiqlvm.engine.fn.Statements.assertGives;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.partiqlvm.engine.Bindings;
import org.partiqlvm.engine.CompileOptions;
import org.partiqlvm.engine.PartiQLVM;
import org.partiqlvm.engine.PlanCompiler;
import org.partiqlvm.engine.runtime.EvalMode;
import org.partiqlvm.plan.PlanningException;
import org.partiqlvm.value.Value;
import org.partiqlvm.value.ValuePrinter;
import org.partiqlvm.value.ion.IonValueReader;

/** UTCNOW, TO_STRING, TO_TIMESTAMP, Unix time and MAKE_DATE/MAKE_TIME in both modes. */
class TimeFunctionsTest {

    /** A clock that moves one second at every reading. */
    private static final class TickingClock extends Clock {
        private final AtomicLong seconds = new AtomicLong(1_700_000_000L);

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.getAndIncrement(), 123_456_789);
        }
    }

    @Test
    void utcnowIsOneInstantPerRecordAndMovesBetweenRecords() {
        PartiQLVM vm =
                new PartiQLVM(
                                PlanCompiler.compile(
                                        "SELECT VALUE [UTCNOW(), UNIX_TIMESTAMP()] FROM stream AS r,"
                                                + " r.items AS i",
                                        CompileOptions.forStream("stream")))
                        .withClock(new TickingClock());
        Value record = IonValueReader.standard().read("{items: [1, 2, 3]}");
        Bindings b = vm.newBindings();
        b.setStreamRecord(0, record);
        String first = ValuePrinter.print(vm.evaluate(b));
        assertThat(first)
                .isEqualTo(
                        "<<[TIMESTAMP WITH TIME ZONE '2023-11-14 22:13:20.123+00:00', 1700000000],"
                                + " [TIMESTAMP WITH TIME ZONE '2023-11-14 22:13:20.123+00:00', 1700000000],"
                                + " [TIMESTAMP WITH TIME ZONE '2023-11-14 22:13:20.123+00:00', 1700000000]>>");
        String second = ValuePrinter.print(vm.evaluate(b));
        assertThat(second).contains("22:13:21.123").doesNotContain("22:13:20");
    }

    @Test
    void toStringFormatsWithAPattern() {
        assertGives("TO_STRING(TIMESTAMP '1969-07-20 20:18:00', 'MMM d, yyyy')", "'Jul 20, 1969'");
        assertGives("TO_STRING(TIMESTAMP '1969-07-20 20:18:00', 'M-d-yy')", "'7-20-69'");
        assertGives(
                "TO_STRING(TIMESTAMP WITH TIME ZONE '1969-07-20 20:18:00+08:00', 'y-MM-dd''T''H:m:ssXXX')",
                "'1969-07-20T20:18:00+08:00'");
        assertGives("TO_STRING(DATE '2024-03-15', 'EEEE dd/MM')", "'Friday 15/03'");
        assertGives("TO_STRING(TIME '10:20:30.5', 'HH.mm.ss.SSS')", "'10.20.30.500'");
        assertGives("TO_STRING(NULL, 'y')", "NULL");
        assertDataError("TO_STRING(DATE '2024-03-15', 'HH')", "TO_STRING", "cannot format DATE");
        assertDataError(
                "TO_STRING(TIMESTAMP '2024-03-15 00:00:00', 'XXX')", "TO_STRING", "cannot format");
        assertDataError("TO_STRING('2024', 'y')", "TO_STRING", "argument 1", "STRING");
    }

    @Test
    void aLiteralPatternIsCheckedAtPlanTimeAndADynamicOneAtRunTime() {
        assertThatThrownBy(
                        () ->
                                Statements.eval(
                                        "TO_STRING(DATE '2024-01-01', 'yyyy{')", EvalMode.COERCE))
                .isInstanceOf(PlanningException.class)
                .hasMessageContaining("TO_STRING")
                .hasMessageContaining("invalid datetime pattern");
        assertDataError(
                "TO_STRING(DATE '2024-01-01', 'yyyy' || '{')",
                "TO_STRING",
                "invalid datetime pattern");
    }

    @Test
    void toTimestampReadsIsoTextOrAPattern() {
        assertGives(
                "TO_TIMESTAMP('2007-02-23T12:14:33.079-08:00')",
                "TIMESTAMP WITH TIME ZONE '2007-02-23 12:14:33.079-08:00'");
        assertGives("TO_TIMESTAMP('2007-02-23')", "TIMESTAMP '2007-02-23 00:00:00'");
        assertGives("TO_TIMESTAMP('2016', 'y')", "TIMESTAMP '2016-01-01 00:00:00'");
        assertGives("TO_TIMESTAMP('feb 2016', 'MMM yyyy')", "TIMESTAMP '2016-02-01 00:00:00'");
        assertGives(
                "TO_TIMESTAMP('May 5, 2017 8:52 pm', 'MMM d, yyyy h:mm a')",
                "TIMESTAMP '2017-05-05 20:52:00'");
        assertGives(
                "TO_TIMESTAMP('2017-05-05 20:52:01.25 +0530', 'yyyy-MM-dd HH:mm:ss.SS xx')",
                "TIMESTAMP WITH TIME ZONE '2017-05-05 20:52:01.25+05:30'");
        assertGives("TO_TIMESTAMP(NULL, 'y')", "NULL");
        assertDataError("TO_TIMESTAMP('2007-02-30')", "TO_TIMESTAMP", "not a timestamp");
        assertDataError(
                "TO_TIMESTAMP('13/2016', 'MM/yyyy')", "TO_TIMESTAMP", "cannot read '13/2016'");
        assertDataError("TO_TIMESTAMP('10:00', 'HH:mm')", "TO_TIMESTAMP", "no year");
        assertDataError("TO_TIMESTAMP(2016, 'y')", "TO_TIMESTAMP", "argument 1", "INT");
    }

    @Test
    void unixTime() {
        assertGives("UNIX_TIMESTAMP(TIMESTAMP '1970-01-01 00:00:00')", "0");
        assertGives("UNIX_TIMESTAMP(TIMESTAMP WITH TIME ZONE '1970-01-01 01:00:00+01:00')", "0");
        assertGives("UNIX_TIMESTAMP(TIMESTAMP '1969-12-31 23:59:59.5')", "-0.5");
        assertGives("UNIX_TIMESTAMP(DATE '1970-01-02')", "86400");
        assertGives("FROM_UNIXTIME(0)", "TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00'");
        assertGives(
                "FROM_UNIXTIME(-0.5)", "TIMESTAMP WITH TIME ZONE '1969-12-31 23:59:59.5+00:00'");
        assertGives(
                "FROM_UNIXTIME(1.5e0)", "TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:01.5+00:00'");
        assertGives("UNIX_TIMESTAMP(FROM_UNIXTIME(1700000000.25))", "1700000000.25");
        assertGives("FROM_UNIXTIME(MISSING)", "MISSING");
        assertDataError("FROM_UNIXTIME(1e30)", "FROM_UNIXTIME", "out of the timestamp range");
        assertDataError("UNIX_TIMESTAMP(TIME '10:00:00')", "UNIX_TIMESTAMP", "TIME");
    }

    @Test
    void makeDateAndTime() {
        assertGives("MAKE_DATE(2021, 2, 28)", "DATE '2021-02-28'");
        assertGives("MAKE_DATE(NULL, 2, 28)", "NULL");
        assertGives("MAKE_DATE(2021, MISSING, 28)", "MISSING");
        assertDataError("MAKE_DATE(2021, 2, 29)", "MAKE_DATE", "no date 2021-2-29");
        assertDataError("MAKE_DATE(2021, '2', 1)", "MAKE_DATE", "argument 2", "STRING");
        assertGives("MAKE_TIME(23, 59, 59)", "TIME '23:59:59'");
        assertGives(
                "MAKE_TIME(23, 59, 59.12345, -330)", "TIME WITH TIME ZONE '23:59:59.12345-05:30'");
        assertGives("MAKE_TIME(1, 2, 3., NULL)", "NULL");
        assertDataError("MAKE_TIME(24, 0, 0)", "MAKE_TIME", "no time 24:0:0");
        assertDataError("MAKE_TIME(1, 0, 0, 100000)", "MAKE_TIME", "offset");
    }
}
