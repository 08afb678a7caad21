package org.kuzet.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Kuzet keeps its data. With {@code url} set (KUZET_DB_URL) it uses that PostgreSQL and starts none;
 * otherwise it starts its own PostgreSQL from the embedded binaries, with its files under {@code dataDir}.
 * {@code ephemeral} (tests) puts the embedded server's files in a temporary directory that is removed at the end.
 */
@ConfigurationProperties("kuzet.db")
public record DatabaseProperties(String url, String username, String password, Path dataDir, boolean ephemeral,
                                 int port) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
