package org.partiqlvm.flink.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.partiqlvm.flink.error.BadRecordPolicy;

class ProjectedStatementTest {

    static SqlStatement compile(String text) {
        return SqlStatement.compile(text, new Configuration(), BadRecordPolicy.FAIL);
    }

    @Test
    void keepsOnlyTheReadItemsAndNarrowsWhatTheScannerReads() {
        SqlStatement full =
                compile(
                        "SELECT o.id, o.customer.name AS name, l.sku FROM stream AS o, o.lines AS l"
                                + " WHERE l.qty > 0");
        SqlStatement narrow = ProjectedStatement.narrow(full, Set.of("sku"));
        assertThat(narrow.plan().schema().columnNames()).containsExactly("sku");
        assertThat(narrow.plan().source()).isEqualTo(full.plan().source());
        String before = full.plan().inputProjection(0).toString();
        String after = narrow.plan().inputProjection(0).toString();
        assertThat(before).contains("customer", "id");
        assertThat(after).doesNotContain("customer").doesNotContain("id").contains("lines");
    }

    @Test
    void keepsStatementsWhoseRowsDependOnEveryColumn() {
        for (String text :
                new String[] {
                    "SELECT DISTINCT o.a, o.b FROM stream AS o",
                    "SELECT o.a, o.b FROM stream AS o ORDER BY o.b",
                    "SELECT VALUE o FROM stream AS o"
                }) {
            SqlStatement full = compile(text);
            assertThat(ProjectedStatement.narrow(full, Set.of("a"))).as(text).isSameAs(full);
        }
        SqlStatement all = compile("SELECT o.a, o.b FROM stream AS o");
        assertThat(ProjectedStatement.narrow(all, Set.of("a", "b"))).isSameAs(all);
    }

    @Test
    void keepsOneItemWhenNoColumnIsRead() {
        SqlStatement narrow =
                ProjectedStatement.narrow(
                        compile("SELECT o.a, o.b FROM stream AS o, o.xs AS x"), Set.of());
        assertThat(narrow.plan().schema().columnNames()).containsExactly("a");
    }
}
