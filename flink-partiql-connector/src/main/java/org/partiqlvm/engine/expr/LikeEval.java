package org.partiqlvm.engine.expr;

import org.partiqlvm.engine.fn.CallSite;
import org.partiqlvm.engine.fn.LikeCache;
import org.partiqlvm.engine.fn.LikeMatcher;
import org.partiqlvm.engine.fn.LikePredicate;
import org.partiqlvm.error.SourceSpan;
import org.partiqlvm.value.Slot;

/**
 * {@code value [NOT] LIKE pattern [ESCAPE escape]}.
 *
 * <p>With a constant pattern (the common case) the matcher is compiled once, at plan compile time;
 * otherwise the pattern is compiled at run time and the last one is cached per VM (frame state
 * {@code stateIndex}), so a pattern repeating from row to row is compiled once.
 *
 * <p>Reads: the value (and pattern, escape) into temporaries. Writes: {@code out} = BOOL; MISSING
 * and NULL propagate; a non-text operand is a type error (MISSING or an exception per mode).
 * Matching is linear-time (no backtracking regex). Allocates nothing with a constant pattern.
 */
public final class LikeEval extends Eval {

    private static final long serialVersionUID = 1L;

    private final Eval value;
    private final int valueSlot;
    private final LikeMatcher constantMatcher;
    private final Eval pattern;
    private final int patternSlot;
    private final Eval escape;
    private final int escapeSlot;
    private final int stateIndex;
    private final boolean negated;
    private final CallSite site;

    /** LIKE with a pattern compiled at plan compile time. */
    public LikeEval(
            Eval value,
            int valueSlot,
            LikeMatcher matcher,
            boolean negated,
            CallSite site,
            SourceSpan span) {
        this(value, valueSlot, matcher, null, -1, null, -1, -1, negated, site, span);
    }

    /** LIKE with a pattern (and escape, may be null) evaluated per row. */
    public LikeEval(
            Eval value,
            int valueSlot,
            Eval pattern,
            int patternSlot,
            Eval escape,
            int escapeSlot,
            int stateIndex,
            boolean negated,
            CallSite site,
            SourceSpan span) {
        this(
                value,
                valueSlot,
                null,
                pattern,
                patternSlot,
                escape,
                escapeSlot,
                stateIndex,
                negated,
                site,
                span);
    }

    private LikeEval(
            Eval value,
            int valueSlot,
            LikeMatcher constantMatcher,
            Eval pattern,
            int patternSlot,
            Eval escape,
            int escapeSlot,
            int stateIndex,
            boolean negated,
            CallSite site,
            SourceSpan span) {
        super(span);
        this.value = value;
        this.valueSlot = valueSlot;
        this.constantMatcher = constantMatcher;
        this.pattern = pattern;
        this.patternSlot = patternSlot;
        this.escape = escape;
        this.escapeSlot = escapeSlot;
        this.stateIndex = stateIndex;
        this.negated = negated;
        this.site = site;
    }

    @Override
    public void eval(Frame frame, Slot out) {
        Slot v = frame.slot(valueSlot);
        value.eval(frame, v);
        if (constantMatcher != null) {
            LikePredicate.like(v, constantMatcher, out, site);
        } else {
            Slot p = frame.slot(patternSlot);
            pattern.eval(frame, p);
            Slot e = null;
            if (escape != null) {
                e = frame.slot(escapeSlot);
                escape.eval(frame, e);
            }
            LikeCache cache = (LikeCache) frame.state(stateIndex);
            if (cache == null) {
                cache = new LikeCache();
                frame.setState(stateIndex, cache);
            }
            LikePredicate.like(v, p, e, out, site, cache);
        }
        if (negated && out.kind() == org.partiqlvm.value.ValueKind.BOOL) {
            out.setBool(!out.getBool());
        }
    }
}
