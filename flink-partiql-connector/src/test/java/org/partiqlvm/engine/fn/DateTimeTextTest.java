package org.partiqlvm.engine.fn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partiqlvm.value.TimeValue;
import org.partiqlvm.value.TimestampValue;

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
}
