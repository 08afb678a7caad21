package org.kuzet.taxonomy.internal;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Anyone reads the category tree the reports count by, in three languages. */
@SpringBootTest
@AutoConfigureMockMvc
class CategoryApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theTreeHasThreeGroupsWithKazakhLabelsAndContextApart() throws Exception {
        mvc.perform(get("/api/v1/categories")).andExpect(status().isOk())
                .andExpect(jsonPath("$.taxonomy_version").value(1))
                .andExpect(jsonPath("$.groups[*].code",
                        contains("rights_violations", "access_to_information", "legal_claims")))
                .andExpect(jsonPath("$.groups[0].labels.kk")
                        .value("Журналистердің, БАҚ пен ньюсмейкерлердің құқықтарын бұзу"))
                .andExpect(jsonPath("$.groups[0].categories", hasSize(9)))
                .andExpect(jsonPath("$.groups[1].categories", hasSize(8)))
                .andExpect(jsonPath("$.groups[2].categories[*].code", hasItem("civil_claims")))
                .andExpect(jsonPath("$.groups[0].categories[3].code").value("threats"))
                .andExpect(jsonPath("$.groups[0].categories[3].labels.kk").value("Қорқыту"))
                .andExpect(jsonPath("$.ungrouped[0].code").value("context"))
                .andExpect(jsonPath("$.ungrouped[0].counted").value(false))
                .andExpect(jsonPath("$.ungrouped[0].cues.ru", hasItem("законопроект")));
    }

    @Test
    void oneCategoryOrGroupByCode() throws Exception {
        mvc.perform(get("/api/v1/categories/threats")).andExpect(status().isOk())
                .andExpect(jsonPath("$.group").value("rights_violations"))
                .andExpect(jsonPath("$.labels.ru").value("Угрозы"));
        mvc.perform(get("/api/v1/categories/legal_claims")).andExpect(status().isOk())
                .andExpect(jsonPath("$.kind").value("group"))
                .andExpect(jsonPath("$.categories", hasSize(4)));
        mvc.perform(get("/api/v1/categories/no_such_thing")).andExpect(status().isNotFound());
    }
}
