-- A published version's snapshot is only ever written whole and read back whole (as text, parsed by the
-- application): nothing queries inside it. jsonb parses and re-encodes every snapshot on the way in, about 16
-- microseconds for a snapshot of 900 bytes, a sixth of writing a published incident in a bulk import
-- (docs/benchmarks.md). json checks that the text is JSON and keeps it as it was written.
alter table incident_revision alter column snapshot type json using snapshot::text::json;
