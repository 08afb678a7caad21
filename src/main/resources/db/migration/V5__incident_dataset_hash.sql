-- The SHA-256 of the dataset record an incident was last imported from (or null after an edit through the API):
-- importing the same record again is recognised as "unchanged" and writes nothing.
alter table incident add column dataset_sha256 char(64) check (dataset_sha256 ~ '^[0-9a-f]{64}$');

-- The list filters by category (primary or further) and by actor (victim or perpetrator).
create index incident_category_code_idx on incident_category (category_code);
