package org.partiqlvm.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeywordsTest {

    @Test
    void grammarKeywordsAndOtherReservedWordsAreReservedInAnyCase() {
        assertThat(Keywords.isReserved("select")).isTrue();
        assertThat(Keywords.isReserved("Table")).isTrue();
        assertThat(Keywords.isReserved("VALUE")).isTrue();
        assertThat(Keywords.isReserved("user")).isTrue();
        assertThat(Keywords.isReserved("count")).isTrue();
        assertThat(Keywords.isReserved("int8")).isTrue();
    }

    @Test
    void contextualWordsAndOrdinaryNamesAreNot() {
        assertThat(Keywords.isReserved("leading")).isFalse();
        assertThat(Keywords.isReserved("year")).isFalse();
        assertThat(Keywords.isReserved("placing")).isFalse();
        assertThat(Keywords.isReserved("name")).isFalse();
        assertThat(Keywords.isReserved("")).isFalse();
    }

    @Test
    void keywordTokenTypesAreFoundByTheirSpelling() {
        assertThat(Keywords.keyword("unpivot")).isEqualTo(TokenType.UNPIVOT);
        assertThat(Keywords.keyword("can_lossless_cast")).isEqualTo(TokenType.CAN_LOSSLESS_CAST);
        assertThat(Keywords.keyword("upper")).isNull();
        for (TokenType type : TokenType.values()) {
            assertThat(Keywords.keyword(type.name()) == type).isEqualTo(type.isKeyword());
        }
    }
}
