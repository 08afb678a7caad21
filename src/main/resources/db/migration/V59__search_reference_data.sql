-- Tables that migrations fill or that are derived from other tables: a restore does not count them as data.
comment on table search_document_type is 'reference data: the kinds of searchable records, seeded by V50';
comment on table search_name is 'reference data: known words, the gazetteer''s from V50, the rest kept by triggers';
