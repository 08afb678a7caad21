package org.kuzet.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kuzet.api.InvalidInput;
import org.kuzet.security.Role;
import org.kuzet.security.Viewer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Blurring a region of one flat colour changes no byte of the picture: the "copy" would be the original, which the
 * database refuses, and the editor met a failure page. It is refused naming the regions, and nothing is made.
 */
@SpringBootTest
class RedactionSameAsOriginalTest {

    private static final Viewer EDITOR = new Viewer("same-copy-editor", Role.EDITOR);

    @Autowired
    EvidenceStore files;
    @Autowired
    Redactions redactions;

    @Test
    void aCopyThatWouldBeTheOriginalIsRefusedNamingTheRegions() {
        // 43 by 31 pixels of one grey-green
        String original = files.store(RedactionFixtures.picture(43, 31, 0x557766), "flat.png", EDITOR.username())
                .sha256();
        InvalidInput refused = catchThrowableOfType(InvalidInput.class, () -> redactions.make(original,
                new Redactions.Request("blur", List.of(new Redactions.RegionText("1", "4", "4", "12", "12")), null),
                EDITOR));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("regions");
            assertThat(p.key()).isEqualTo("problem.redactSame");
        });
        assertThat(redactions.of(original)).isEmpty();
    }
}
