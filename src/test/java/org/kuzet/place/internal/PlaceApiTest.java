package org.kuzet.place.internal;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Anyone looks a place up by any of its spellings and lists the places of a region. */
@SpringBootTest
@AutoConfigureMockMvc
class PlaceApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void uralskOralAndOralInCyrillicAreTheSameCity() throws Exception {
        for (String spelling : new String[] {"Uralsk", "Oral", "Орал", "Уральск"}) {
            mvc.perform(get("/api/v1/places").param("q", spelling)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].code", hasItem("kz-oral")))
                    .andExpect(jsonPath("$.items[*].code", not(hasItem("kz-almaty"))));
        }
        mvc.perform(get("/api/v1/places/kz-oral").param("lang", "ru")).andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Уральск"))
                .andExpect(jsonPath("$.names.en").value("Oral"))
                .andExpect(jsonPath("$.names.kk").value("Орал"))
                .andExpect(jsonPath("$.aliases", hasItem("Uralsk")))
                .andExpect(jsonPath("$.parent").value("kz-west-kazakhstan-region"))
                .andExpect(jsonPath("$.region").value("kz-west-kazakhstan-region"))
                .andExpect(jsonPath("$.regional_centre").value(true))
                .andExpect(jsonPath("$.latitude").value(51.23))
                .andExpect(jsonPath("$.longitude").value(51.37));
        mvc.perform(get("/api/v1/places/kz-west-kazakhstan-region")).andExpect(status().isOk())
                .andExpect(jsonPath("$.latitude").doesNotExist());
    }

    @Test
    void aRegionListsItsTowns() throws Exception {
        mvc.perform(get("/api/v1/places").param("within", "kz-karaganda-region")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code",
                        containsInAnyOrder("kz-karaganda-region", "kz-karaganda", "kz-temirtau")))
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/api/v1/places").param("kind", "region").param("size", "200").param("lang", "kk"))
                .andExpect(jsonPath("$.total").value(17))
                .andExpect(jsonPath("$.items[*].name", hasItems("Батыс Қазақстан облысы", "Ұлытау облысы")))
                .andExpect(jsonPath("$.items[*].region", everyItem(org.hamcrest.Matchers.startsWith("kz-"))));
    }

    @Test
    void unknownPlacesAndFiltersAreNamed() throws Exception {
        mvc.perform(get("/api/v1/places/kz-atlantis")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/places").param("within", "kz-atlantis").param("kind", "planet").param("lang", "de"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("within", "kind", "lang")));
    }
}
