package org.partiqlvm.examples.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partiqlvm.flink.dynamic.QueryUpdate;

class RuleParserTest {

    @Test
    void readsRuleLines() {
        assertThat(
                        RuleParser.parse(
                                "{\"queryId\": \"a\", \"operation\": \"ADD\", \"statement\": \"1\"}"))
                .isEqualTo(QueryUpdate.add("a", "1"));
        assertThat(RuleParser.parse("{\"queryId\": \"a\", \"operation\": \"REMOVE\"}"))
                .isEqualTo(QueryUpdate.remove("a"));
        assertThat(
                        RuleParser.parse(
                                "{\"queryId\": \"a\", \"operation\": \"REPLACE\", \"statement\":"
                                        + " \"2\", \"strict\": true}"))
                .isEqualTo(QueryUpdate.replace("a", "2").inStrictMode());
    }

    @Test
    void skipsBlankCommentAndMalformedLines() {
        assertThat(RuleParser.parse("  ")).isNull();
        assertThat(RuleParser.parse("# a comment")).isNull();
        assertThat(RuleParser.parse("{\"queryId\": \"a\", \"operation\": \"MERGE\"}")).isNull();
        assertThat(RuleParser.parse("{\"operation\": \"ADD\"}")).isNull();
        assertThat(RuleParser.parse("not json")).isNull();
    }
}
