package org.kuzet.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sites that may frame the embeds: a list of CSP sources, and nothing that could smuggle in a directive. */
class EmbedPropertiesTest {

    @Test
    void anySiteByDefaultAndAListOfPartnersWhenSet() {
        assertThat(new EmbedProperties(null).directive()).isEqualTo("*");
        assertThat(new EmbedProperties(List.of("https://partner.example", " https://*.media.kz ", "'self'",
                "http://localhost:8081")).directive())
                .isEqualTo("https://partner.example https://*.media.kz 'self' http://localhost:8081");
    }

    @Test
    void aValueThatWouldEndTheDirectiveStopsTheStartNamingTheProperty() {
        for (String bad : List.of("https://a.example; script-src *", "https://a.example 'unsafe-inline'",
                "'unsafe-inline'", "https://a.example,https://b.example")) {
            assertThatThrownBy(() -> new EmbedProperties(List.of(bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kuzet.embed.frame-ancestors");
        }
        assertThatThrownBy(() -> new EmbedProperties(List.of("'none'", "https://a.example")))
                .hasMessageContaining("'none' stands alone");
    }
}
