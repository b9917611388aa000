package org.partiqlvm.engine.fn;

import java.util.Objects;

/**
 * The last LIKE pattern compiled at run time, kept by one VM (one thread) for one LIKE evaluator so
 * that a pattern repeating from row to row is compiled once. Not thread-safe; not part of a plan.
 */
public final class LikeCache {

    private String pattern;
    private String escape;
    private LikeMatcher matcher;

    /** The matcher of {@code pattern} and {@code escape} if it is the cached one, else null. */
    LikeMatcher get(String pattern, String escape) {
        return matcher != null
                        && pattern.equals(this.pattern)
                        && Objects.equals(escape, this.escape)
                ? matcher
                : null;
    }

    /** Remembers a compiled matcher. */
    void put(String pattern, String escape, LikeMatcher matcher) {
        this.pattern = pattern;
        this.escape = escape;
        this.matcher = matcher;
    }
}
