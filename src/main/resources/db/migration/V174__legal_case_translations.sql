-- Legal cases' titles in three languages: the title stays the original, in the case's language; its translations
-- sit beside it as {"ru": {"title": ...}, ...} (see V170).
call add_translations('legal_case', 'title');
