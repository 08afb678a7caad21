-- Tables the migrations fill and a backup replaces whole: a restore into a new database finds them filled and must
-- not take that for data of the service's own (backup.Schema reads these comments).
comment on table inquiry_basis is 'reference data: the bases of deadlines, seeded by V120 and editable by an administrator';
comment on table calendar_holiday is 'reference data: Kazakhstan''s days off, seeded by V120 and editable by an administrator';
