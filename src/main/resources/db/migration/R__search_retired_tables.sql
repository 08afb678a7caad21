-- Tables of the search that PostgreSQL itself once did (V50), retired by V52. They are dropped here, after every
-- versioned migration, because V59 (already applied in existing databases, so not to be changed) comments on them.
drop table if exists search_name;
drop table if exists search_document_type;
