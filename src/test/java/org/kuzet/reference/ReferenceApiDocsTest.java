package org.kuzet.reference;

import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The OpenAPI description served by the application lists the reference endpoints. */
@SpringBootTest
@AutoConfigureMockMvc
class ReferenceApiDocsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theReferenceEndpointsAreDescribed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/actors'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/actors'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/places/{code}'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/categories'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/sources/{id}'].put", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/statements'].get", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/context-events'].post", notNullValue()))
                .andExpect(jsonPath("$.paths['/api/v1/actors'].post.requestBody.content['application/json']"
                        + ".example.name").value("Orda.kz"));
    }
}
