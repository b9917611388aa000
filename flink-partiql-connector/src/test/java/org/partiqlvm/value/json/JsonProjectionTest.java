package org.partiqlvm.value.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Building and combining projections. */
class JsonProjectionTest {

    @Test
    void aUnionKeepsWhatEitherKeeps() {
        JsonProjection.Builder a = new JsonProjection.Builder();
        a.field("id");
        a.field("user").field("name");
        a.field("items").element().field("qty");
        JsonProjection.Builder b = new JsonProjection.Builder();
        b.field("User").field("country");
        b.field("items").element().field("price");

        JsonProjection union = a.build().union(b.build());

        assertThat(union.field("ID")).isNotNull();
        assertThat(union.field("user").field("name")).isNotNull();
        assertThat(union.field("user").field("country")).isNotNull();
        assertThat(union.field("user").field("age")).isNull();
        assertThat(union.field("items").element().field("qty")).isNotNull();
        assertThat(union.field("items").element().field("price")).isNotNull();
        assertThat(union.field("note")).isNull();
    }

    @Test
    void keepingEverythingWins() {
        JsonProjection.Builder a = new JsonProjection.Builder();
        a.field("id");
        assertThat(a.build().union(JsonProjection.all()).isAll()).isTrue();
        assertThat(JsonProjection.all().union(a.build()).isAll()).isTrue();
    }
}
