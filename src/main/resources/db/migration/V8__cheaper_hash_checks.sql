-- The checks that a stored SHA-256 is 64 lower-case hex digits used the pattern '^[0-9a-f]{64}$': PostgreSQL's
-- regular expressions unroll the counted repeat, and the check cost about 12 microseconds per row, a quarter of
-- writing an incident in a bulk import (docs/benchmarks.md). The same rule, said as a length and a class of
-- characters, costs about one. The other hash columns (reports, archive, triage, tokens, audit, files) are written
-- one at a time and keep theirs.
alter table incident drop constraint incident_dataset_sha256_check,
    add constraint incident_dataset_sha256_check
        check (length(dataset_sha256) = 64 and dataset_sha256 !~ '[^0-9a-f]');
alter table source drop constraint source_sha256_check,
    add constraint source_sha256_check check (length(sha256) = 64 and sha256 !~ '[^0-9a-f]');
