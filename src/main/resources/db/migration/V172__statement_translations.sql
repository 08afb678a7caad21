-- Statements in three languages: the summary stays the original, in the statement's language; its
-- translations sit beside it as {"ru": {"summary": ...}, ...} (see V170). The quote stays as it was said.
call add_translations('statement', 'summary');
