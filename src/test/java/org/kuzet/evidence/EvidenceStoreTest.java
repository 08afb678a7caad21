package org.kuzet.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.kuzet.core.Sha256;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kuzet.api.InvalidInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Files are kept under their hash, refused when they change on disk, and limited in size and kind. */
@SpringBootTest
@AutoConfigureMockMvc
class EvidenceStoreTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Title (Решение суда) >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    EvidenceStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void aFileIsStoredUnderItsHashAndReadBackWhole() throws Exception {
        StoredFile stored = store.store(PDF, "C:\\docs\\решение.pdf", "aigerim");
        assertThat(stored.sha256()).isEqualTo(Sha256.hex(PDF));
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.originalName()).isEqualTo("решение.pdf");
        assertThat(store.path(stored.sha256())).exists().startsWith(store.root());
        assertThat(store.read(stored.sha256())).isEqualTo(PDF);
        assertThat(store.store(PDF, "again.pdf", "daniyar").sha256()).isEqualTo(stored.sha256());
    }

    @Test
    void aFileChangedOnDiskIsRefusedNotServed() throws Exception {
        byte[] text = "Акимат ответил отказом 12 марта.\n".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = store.store(text, "reply.txt", "aigerim");
        Files.writeString(store.path(stored.sha256()), "Акимат ответил согласием 12 марта.\n");
        assertThatThrownBy(() -> store.read(stored.sha256())).isInstanceOf(EvidenceTampered.class)
                .hasMessageContaining("does not match");
        MockHttpServletResponse response = mvc.perform(get("/api/v1/files/" + stored.sha256())
                .with(user("m").roles("MONITOR"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).doesNotContain("согласием");
    }

    @Test
    void aMissingFileIsReportedAsTampering() throws Exception {
        StoredFile stored = store.store("Файл, который удалят.\n".getBytes(StandardCharsets.UTF_8), "x.txt", "aigerim");
        Files.delete(store.path(stored.sha256()));
        assertThatThrownBy(() -> store.read(stored.sha256())).isInstanceOf(EvidenceTampered.class);
    }

    @Test
    void oversizedAndUnknownFilesAreRefusedAndNothingIsKept(@TempDir Path dir) {
        EvidenceStore small = new EvidenceStore(jdbc, dir, 16);
        long before = jdbc.sql("select count(*) from stored_file").query(Long.class).single();
        assertThatThrownBy(() -> small.store("Это текст длиннее шестнадцати байт".getBytes(StandardCharsets.UTF_8),
                "long.txt", "x")).isInstanceOf(InvalidInput.class).hasMessageContaining("limit");
        assertThatThrownBy(() -> store.store(new byte[] {'M', 'Z', (byte) 0x90, 0}, "invoice.pdf", "x"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("file");
        assertThatThrownBy(() -> store.store(new byte[0], "empty.txt", "x")).isInstanceOf(InvalidInput.class);
        assertThat(jdbc.sql("select count(*) from stored_file").query(Long.class).single()).isEqualTo(before);
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void staffUploadAndOnlyMonitorsAndUpDownloadAsASandboxedAttachment() throws Exception {
        byte[] page = "<!doctype html><html><body><script>alert(1)</script>Блокировка</body></html>"
                .getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse created = mvc.perform(post("/api/v1/files").param("name", "page.html").content(page)
                .contentType("application/octet-stream").with(user("reporter").roles("CORRESPONDENT")))
                .andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        String sha = Sha256.hex(page);
        assertThat(created.getContentAsString()).contains(sha, "text/html");

        assertThat(mvc.perform(get("/api/v1/files/" + sha).with(user("reporter").roles("CORRESPONDENT")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/api/v1/files/" + sha)).andReturn().getResponse().getStatus()).isEqualTo(401);
        MockHttpServletResponse download = mvc.perform(get("/api/v1/files/" + sha).with(user("m").roles("MONITOR")))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(page);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(download.getHeaders("Content-Security-Policy")).anyMatch(h -> h.contains("sandbox"));
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'stored_file' and entity_id = ?")
                .param(sha).query(Long.class).single()).isEqualTo(1);
    }
}
