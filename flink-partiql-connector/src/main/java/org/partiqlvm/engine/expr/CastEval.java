package org.partiqlvm.engine.expr;

import java.math.BigDecimal;
import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.fn.Casts;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.CastTarget;
import org.partiqlvm.value.Slot;
import org.partiqlvm.value.ValueKind;

/**
 * {@code CAST(v AS type)}, {@code CAN_CAST(v AS type)} and {@code CAN_LOSSLESS_CAST(v AS type)}.
 *
 * <p>Reads: the value into {@code valueSlot}. Writes: {@code out} = the converted value (CAST), or
 * a BOOL (the CAN_ forms, never an error). A failed CAST is a data error: MISSING in COERCE mode,
 * an exception naming the value's type and the target in ERROR mode. Allocates only the converted
 * value when it is not a primitive.
 */
public final class CastEval extends Eval {

    private static final long serialVersionUID = 1L;

    /** Which of the three forms. */
    public enum Form {
        CAST,
        CAN_CAST,
        CAN_LOSSLESS_CAST
    }

    private final Form form;
    private final Eval value;
    private final int valueSlot;
    private final CastTarget target;
    private final CallSite site;

    public CastEval(
            Form form,
            Eval value,
            int valueSlot,
            CastTarget target,
            CallSite site,
            SourceSpan span) {
        super(span);
        this.form = form;
        this.value = value;
        this.valueSlot = valueSlot;
        this.target = target;
        this.site = site;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot v = frame.slot(valueSlot);
        value.eval(frame, v);
        switch (form) {
            case CAST -> {
                checkSize(frame, v);
                Casts.cast(v, target, out, site);
            }
            case CAN_CAST -> Casts.canCast(v, target, out);
            case CAN_LOSSLESS_CAST -> Casts.canLosslessCast(v, target, out);
        }
    }

    /**
     * Refuses, before building it, a cast result larger than the value-size limit: a padded CHAR of
     * a huge length, or the plain text of a decimal with a huge exponent.
     */
    private void checkSize(Frame frame, Slot v) {
        long limit = frame.limits().valueSize();
        CastTarget.Type type = target.type();
        if (type == CastTarget.Type.CHAR && target.precision() > limit) {
            throw site.valueTooLarge("a CHAR", target.precision(), limit);
        }
        if (v.kind() == ValueKind.DECIMAL
                && !v.isCompactDecimal()
                && (type == CastTarget.Type.STRING
                        || type == CastTarget.Type.VARCHAR
                        || type == CastTarget.Type.CHAR
                        || type == CastTarget.Type.SYMBOL)) {
            BigDecimal d = v.toValue().asBigDecimal();
            long length = d.precision() + Math.abs((long) d.scale()) + 2;
            if (length > limit) {
                throw site.valueTooLarge("the text of a decimal", length, limit);
            }
        }
    }
}
