package org.partiqlvm.flink.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonStringInputCodecTest {

    private final JsonStringInputCodec codec = new JsonStringInputCodec();

    @Test
    void aStringRecordCountsItsUtf8BytesAsTheByteCodecDoes() {
        String text = "{\"s\": \"a\u00e9\u20ac\uD83D\uDE00\"}";

        assertThat(codec.sizeOf(text))
                .isEqualTo(text.getBytes(StandardCharsets.UTF_8).length)
                .isEqualTo(new JsonBytesInputCodec().sizeOf(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void againstALimitItCountsOnlyWhenTheLengthLeavesItOpen() {
        String wide = "\u00e9".repeat(100); // 100 chars, 200 bytes

        assertThat(codec.sizeOf(wide, 300)).isEqualTo(100); // 3 x 100 <= 300: within for sure
        assertThat(codec.sizeOf(wide, 150)).isEqualTo(200); // over: exact
        assertThat(codec.sizeOf(wide, 99)).isEqualTo(200);
    }

    @Property(tries = 200)
    void sizeAgainstALimitIsExactWhenOverAndWithinWhenNot(
            @ForAll("texts") String text, @ForAll("limits") long limit) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        long size = codec.sizeOf(text, limit);

        assertThat(size > limit).isEqualTo(bytes > limit);
        if (bytes > limit) {
            assertThat(size).isEqualTo(bytes);
        }
    }

    @Provide
    Arbitrary<Long> limits() {
        return Arbitraries.longs().between(0, 200);
    }

    /** Well-formed text: any code point but the surrogates, one to four UTF-8 bytes each. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.integers()
                .between(0, Character.MAX_CODE_POINT)
                .filter(cp -> cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE)
                .list()
                .ofMaxSize(60)
                .map(
                        cps -> {
                            StringBuilder b = new StringBuilder();
                            cps.forEach(b::appendCodePoint);
                            return b.toString();
                        });
    }
}
