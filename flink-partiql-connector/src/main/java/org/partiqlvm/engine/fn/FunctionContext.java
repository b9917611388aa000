package org.partiqlvm.engine.fn;

import com.google.re2j.Pattern;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.partiqlvm.value.ValueArena;

/**
 * What built-in functions keep per VM: the clock of the current execution, so that {@code UTCNOW()}
 * is one instant for all the rows of a record, the VM's arena where string results are built
 * ({@link #arena()}), and small caches of the patterns and formats given at run time (a literal
 * pattern is compiled at plan time instead, see {@link Specializer}).
 *
 * <p>One context per {@link org.partiqlvm.engine.expr.Frame}, used by one thread; nothing in it is
 * shared or static. The caches keep the {@value #CACHE_SIZE} most recently used entries each.
 */
public final class FunctionContext {

    /** How many run-time patterns (and formats) each cache keeps. */
    public static final int CACHE_SIZE = 32;

    private final Clock clock;
    private Instant now;
    private long valueSize = org.partiqlvm.engine.runtime.Limits.DEFAULT_VALUE_SIZE;
    private Lru<Pattern> regexes;
    private Lru<DateTimeFormatter> formats;
    private ValueArena arena;
    private final MessageDigest[] digests = new MessageDigest[Digest.values().length];

    /** A context on the system clock (UTC). */
    public FunctionContext() {
        this(Clock.systemUTC());
    }

    /** A context whose executions read the time from {@code clock}. */
    public FunctionContext(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The VM's arena, where functions build the strings they compute; outside a VM, one of this
     * context's own (unbounded).
     */
    public ValueArena arena() {
        ValueArena a = arena;
        if (a == null) {
            a = ValueArena.forRows();
            arena = a;
        }
        return a;
    }

    /** Sets the arena of {@link #arena()}: the VM's. */
    public void setArena(ValueArena vmArena) {
        this.arena = Objects.requireNonNull(vmArena, "vmArena");
    }

    /**
     * Starts an execution (a record): the next {@link #now()} reads the clock again. Allocates
     * nothing.
     */
    public void beginExecution() {
        now = null;
    }

    /**
     * Sets the {@code value-size} limit the functions build values under (see {@link #valueSize}).
     */
    public void setValueSize(long bytes) {
        valueSize = bytes;
    }

    /** The {@code value-size} limit: the largest value a function may build, in bytes. */
    public long valueSize() {
        return valueSize;
    }

    /** The current execution's instant, in milliseconds, read from the clock once per execution. */
    public Instant now() {
        if (now == null) {
            now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        }
        return now;
    }

    /** The hash algorithms of the digest functions. */
    enum Digest {
        MD5("MD5"),
        SHA1("SHA-1"),
        SHA256("SHA-256");

        final String algorithm;

        Digest(String algorithm) {
            this.algorithm = algorithm;
        }
    }

    /** This VM's reusable digest of {@code d}, reset. */
    MessageDigest digest(Digest d) {
        MessageDigest md = digests[d.ordinal()];
        if (md == null) {
            try {
                md = MessageDigest.getInstance(d.algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JVM has no " + d.algorithm, e);
            }
            digests[d.ordinal()] = md;
        }
        md.reset();
        return md;
    }

    /**
     * The compiled regular expression {@code pattern} with {@code flags}, from the cache or
     * compiled now.
     *
     * @throws com.google.re2j.PatternSyntaxException if the pattern is invalid
     */
    Pattern regex(String pattern, int flags) {
        if (regexes == null) {
            regexes = new Lru<>();
        }
        Pattern p = regexes.get(pattern);
        if (p == null || p.flags() != flags) {
            p = Pattern.compile(pattern, flags);
            regexes.put(pattern, p);
        }
        return p;
    }

    /**
     * The formatter of the datetime pattern {@code pattern}, from the cache or built now.
     *
     * @throws IllegalArgumentException if the pattern is invalid
     */
    DateTimeFormatter format(String pattern) {
        if (formats == null) {
            formats = new Lru<>();
        }
        DateTimeFormatter f = formats.get(pattern);
        if (f == null) {
            f = TimeFunctions.formatter(pattern);
            formats.put(pattern, f);
        }
        return f;
    }

    /** A map keeping the {@value #CACHE_SIZE} most recently used entries. */
    private static final class Lru<V> extends LinkedHashMap<String, V> {
        private static final long serialVersionUID = 1L;

        Lru() {
            super(CACHE_SIZE * 2, 0.75f, true);
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
            return size() > CACHE_SIZE;
        }
    }
}
