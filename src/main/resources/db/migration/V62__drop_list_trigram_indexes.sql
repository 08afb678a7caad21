-- The lists' search box now finds its words through the search index (org.kuzet.search), so the trigram indexes
-- V60 made for its ILIKE match are read by nothing. They were the dearest part of writing incidents in bulk (every
-- title, summary and name split into trigrams), so they go. The actors' alias-key trigram index stays: the actor
-- autocomplete still matches inside aliases.
drop index if exists incident_title_trgm_idx;
drop index if exists incident_summary_trgm_idx;
drop index if exists incident_victim_name_trgm_idx;
drop index if exists incident_perpetrator_name_trgm_idx;
