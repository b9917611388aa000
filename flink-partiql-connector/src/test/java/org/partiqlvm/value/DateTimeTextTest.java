package org.partiqlvm.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeTextTest {

    @Test
    void readsAndWritesTimes() {
        TimeValue t = DateTimeText.parseTime(" 23:59:59.999999999999 ");
        assertThat(t.time()).isEqualTo(LocalTime.of(23, 59, 59, 999_999_999));
        assertThat(t.precision()).isEqualTo(9);
        assertThat(t.hasTimeZone()).isFalse();
        TimeValue z = DateTimeText.parseTime("14:30:15+05:30");
        assertThat(z.offset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(DateTimeText.format(z)).isEqualTo("14:30:15+05:30");
        assertThat(DateTimeText.format(DateTimeText.parseTime("01:02:03.10")))
                .isEqualTo("01:02:03.10");
        assertThat(DateTimeText.parseTime("12:00:00Z").offset()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void readsAndWritesTimestampsAndDates() {
        TimestampValue ts = DateTimeText.parseTimestamp("2024-12-31 09:15:30-08:00");
        assertThat(ts.offset()).isEqualTo(ZoneOffset.ofHours(-8));
        assertThat(DateTimeText.format(ts)).isEqualTo("2024-12-31T09:15:30-08:00");
        assertThat(DateTimeText.parseTimestamp("2024-12-31T09:15").dateTime().getMinute())
                .isEqualTo(15);
        assertThat(DateTimeText.parseTimestamp("2024-02-29").dateTime().getHour()).isZero();
        assertThat(DateTimeText.format(DateTimeText.parseDate("2024-02-29")))
                .isEqualTo("2024-02-29");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "2024-13-01", "2023-02-29", "24-01-01", "2024/01/01", "2024-01-01x"})
    void rejectsBadDates(String text) {
        assertThat(DateTimeText.parseDate(text)).isNull();
        assertThat(DateTimeText.parseTimestamp(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "24:00:00",
                "12:60:00",
                "12:00",
                "12:00:00.",
                "12:00:00+25:00",
                "12:00:00+05",
                "x"
            })
    void rejectsBadTimes(String text) {
        assertThat(DateTimeText.parseTime(text)).isNull();
    }

    @Test
    void theLiteralFormIsStricterAndRoundsToItsPrecision() {
        assertThat(DateTimeText.parseLiteral(ValueKind.TIME, "12:00:00.123456789", 3))
                .isEqualTo(Value.ofTime(LocalTime.of(12, 0, 0, 123_000_000), null, 3));
        assertThat(DateTimeText.parseLiteral(ValueKind.TIME, "12:00:00.1235", 3))
                .isEqualTo(Value.ofTime(LocalTime.of(12, 0, 0, 124_000_000), null, 3));
        // a tenth digit of 5 rounds the ninth up; the day wraps as the SQL literal does
        assertThat(DateTimeText.parseLiteral(ValueKind.TIME, "23:59:59.9999999995", 9))
                .isEqualTo(Value.ofTime(LocalTime.MIDNIGHT, null, 9));
        assertThat(DateTimeText.parseLiteral(ValueKind.TIMESTAMP, "2024-12-31 23:59:59.5", 0))
                .isEqualTo(
                        Value.ofTimestamp(java.time.LocalDateTime.of(2025, 1, 1, 0, 0), null, 0));
        // the cast form accepts what the literal form does not
        for (String text : new String[] {"12:00", "12:00:00Z", " 12:00:00"}) {
            assertThatThrownBy(() -> DateTimeText.parseLiteral(ValueKind.TIME, text, -1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(DateTimeText.parseTime("12:00:00Z")).isNotNull();
        assertThatThrownBy(() -> DateTimeText.parseLiteral(ValueKind.DATE, "2021-02-29", -1))
                .hasMessage("no such date");
        assertThatThrownBy(() -> DateTimeText.parseLiteral(ValueKind.TIME, "24:00:00", -1))
                .hasMessage("field out of range");
    }
}
