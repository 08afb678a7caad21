package org.kuzet.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kuzet.spelling.Spelling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations build the domain on a real (embedded) PostgreSQL, with the taxonomy and the gazetteer in it. */
@SpringBootTest
class FoundationSchemaTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDatabaseSpeaksUnicode() {
        assertThat(jdbc.sql("show server_encoding").query(String.class).single()).isEqualTo("UTF8");
    }

    @Test
    void kazakhstanHasSeventeenRegionsAndThreeCitiesOfRepublicanSignificance() {
        assertThat(count("select count(*) from place where parent_code = 'kz' and kind = 'region'")).isEqualTo(17);
        assertThat(count("select count(*) from place where kind = 'city_of_republican_significance'")).isEqualTo(3);
        assertThat(count("select count(*) from place where parent_code like 'kz-%' and regional_centre")).isEqualTo(17);
    }

    @Test
    void theCategoryTreeHasTheStableCodesOfTheDesign() {
        assertThat(jdbc.sql("select code from category where kind = 'group' order by position").query(String.class)
                .list()).containsExactly("rights_violations", "access_to_information", "legal_claims");
        assertThat(count("select count(*) from category where group_code = 'rights_violations'")).isEqualTo(9);
        assertThat(count("select count(*) from category where group_code = 'access_to_information'")).isEqualTo(8);
        assertThat(count("select count(*) from category where group_code = 'legal_claims'")).isEqualTo(4);
        assertThat(count("select count(*) from category where counted = false")).isEqualTo(1);
        assertThat(count("select count(distinct category_code) from category_cue where lang = 'kk'")).isEqualTo(25);
    }

    @Test
    void placeAliasesAreFoundByAnySpelling() {
        String code = jdbc.sql("select distinct place_code from place_alias where key = ?")
                .param(Spelling.key("Uralsk")).query(String.class).single();
        assertThat(code).isEqualTo("kz-oral");
        assertThat(jdbc.sql("select distinct place_code from place_alias where key = ?")
                .param(Spelling.key("Qostanay")).query(String.class).list()).containsExactly("kz-kostanay");
        assertThat(count("select count(*) from place_alias where key = ''")).isZero();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
