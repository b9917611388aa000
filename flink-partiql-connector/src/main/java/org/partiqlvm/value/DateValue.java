package org.partiqlvm.value;

import java.time.LocalDate;

/** A DATE: a calendar day without time or time zone. */
public final class DateValue extends Value {

    private final LocalDate date;

    private DateValue(LocalDate date) {
        super(ValueKind.DATE);
        this.date = date;
    }

    /** The DATE {@code date}. */
    public static DateValue of(LocalDate date) {
        if (date == null) {
            throw new NullPointerException("date");
        }
        return new DateValue(date);
    }

    /** The day. */
    public LocalDate date() {
        return date;
    }
}
