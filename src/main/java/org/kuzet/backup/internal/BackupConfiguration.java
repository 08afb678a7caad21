package org.kuzet.backup.internal;

import javax.sql.DataSource;
import org.kuzet.backup.Backup;
import org.kuzet.backup.Restore;
import org.kuzet.evidence.EvidenceStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BackupConfiguration {

    @Bean
    Backup backup(DataSource dataSource, EvidenceStore files) {
        return new Backup(dataSource, files);
    }

    @Bean
    Restore restore(DataSource dataSource, EvidenceStore files) {
        return new Restore(dataSource, files);
    }
}
