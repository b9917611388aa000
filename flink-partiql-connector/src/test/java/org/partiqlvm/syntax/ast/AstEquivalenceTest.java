package org.partiqlvm.syntax.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partiqlvm.error.SourceSpan;

class AstEquivalenceTest {

    private static final SourceSpan HERE = new SourceSpan(0, 1, 1, 1);
    private static final SourceSpan THERE = new SourceSpan(40, 3, 2, 7);

    private static Expr sum(SourceSpan span, long right) {
        return new Binary(
                Binary.Op.ADD,
                new VarRef("a", false, false, span),
                new IntLiteral(BigInteger.valueOf(right), span),
                span);
    }

    @Test
    void treesDifferingOnlyInSpansAreEquivalent() {
        assertThat(sum(HERE, 1)).isNotEqualTo(sum(THERE, 1));
        assertThat(AstEquivalence.equalIgnoringSpans(sum(HERE, 1), sum(THERE, 1))).isTrue();
    }

    @Test
    void differentValuesAreNotEquivalent() {
        assertThat(AstEquivalence.equalIgnoringSpans(sum(HERE, 1), sum(HERE, 2))).isFalse();
        assertThat(
                        AstEquivalence.equalIgnoringSpans(
                                new VarRef("a", false, false, HERE),
                                new VarRef("a", true, false, HERE)))
                .isFalse();
    }

    @Test
    void listsCompareElementwiseAndByLength() {
        ListCtor one = new ListCtor(List.of(sum(HERE, 1)), HERE);
        ListCtor oneElsewhere = new ListCtor(List.of(sum(THERE, 1)), THERE);
        ListCtor two = new ListCtor(List.of(sum(HERE, 1), sum(HERE, 1)), HERE);
        assertThat(AstEquivalence.equalIgnoringSpans(one, oneElsewhere)).isTrue();
        assertThat(AstEquivalence.equalIgnoringSpans(one, two)).isFalse();
    }

    @Test
    void nullComponentsAndDifferentNodeTypes() {
        LikeExpr withoutEscape = new LikeExpr(sum(HERE, 1), sum(HERE, 1), null, false, HERE);
        LikeExpr withEscape = new LikeExpr(sum(HERE, 1), sum(HERE, 1), sum(HERE, 1), false, HERE);
        assertThat(AstEquivalence.equalIgnoringSpans(withoutEscape, withEscape)).isFalse();
        assertThat(AstEquivalence.equalIgnoringSpans(withoutEscape, withoutEscape)).isTrue();
        assertThat(
                        AstEquivalence.equalIgnoringSpans(
                                new ListCtor(List.of(), HERE), new BagCtor(List.of(), HERE)))
                .isFalse();
        assertThat(AstEquivalence.equalIgnoringSpans(null, new NullLiteral(HERE))).isFalse();
    }
}
