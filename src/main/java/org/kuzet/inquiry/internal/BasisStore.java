package org.kuzet.inquiry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.kuzet.inquiry.DeadlineBasis;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The inquiry_basis table. */
@Repository
class BasisStore {

    private final JdbcClient jdbc;

    BasisStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DeadlineBasis> all() {
        return jdbc.sql("select * from inquiry_basis order by inquiry_kind nulls last, is_default desc, code")
                .query(BasisStore::basis).list();
    }

    Optional<DeadlineBasis> find(String code) {
        return jdbc.sql("select * from inquiry_basis where code = ?").param(code).query(BasisStore::basis).optional();
    }

    Optional<DeadlineBasis> defaultFor(String kind) {
        return jdbc.sql("select * from inquiry_basis where inquiry_kind = ? and is_default").param(kind)
                .query(BasisStore::basis).optional();
    }

    /** Writes a basis (new or changed); a default takes the place of the kind's former default. */
    void save(DeadlineBasis b, String by) {
        if (b.isDefault()) {
            jdbc.sql("update inquiry_basis set is_default = false where inquiry_kind = ? and code <> ?")
                    .params(b.inquiryKind(), b.code()).update();
        }
        jdbc.sql("""
                insert into inquiry_basis (code, inquiry_kind, is_default, day_kind, term_days, extension_days,
                    extensions, label_en, label_ru, label_kk, source, source_checked, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set inquiry_kind = excluded.inquiry_kind,
                    is_default = excluded.is_default, day_kind = excluded.day_kind, term_days = excluded.term_days,
                    extension_days = excluded.extension_days, extensions = excluded.extensions,
                    label_en = excluded.label_en, label_ru = excluded.label_ru, label_kk = excluded.label_kk,
                    source = excluded.source, source_checked = excluded.source_checked,
                    updated_by = excluded.updated_by, updated_at = now(), revision = inquiry_basis.revision + 1""")
                .params(b.code(), b.inquiryKind(), b.isDefault(), b.dayKind(), b.termDays(), b.extensionDays(),
                        b.extensions(), b.labelEn(), b.labelRu(), b.labelKk(), b.source(), b.sourceChecked(), by)
                .update();
    }

    private static DeadlineBasis basis(ResultSet rs, int n) throws SQLException {
        return new DeadlineBasis(rs.getString("code"), rs.getString("inquiry_kind"), rs.getBoolean("is_default"),
                rs.getString("day_kind"), rs.getInt("term_days"), rs.getInt("extension_days"),
                rs.getInt("extensions"), rs.getString("label_en"), rs.getString("label_ru"),
                rs.getString("label_kk"), rs.getString("source"), rs.getString("source_checked"),
                rs.getInt("revision"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }
}
