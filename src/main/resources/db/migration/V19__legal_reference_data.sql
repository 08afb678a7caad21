-- The articles of law are put here by migrations: a backup need not carry them and a restore must not count them
-- as data (see org.kuzet.backup.Schema).
comment on table legal_article is 'reference data: the articles of law that legal cases cite, seeded by V10';
