-- Actors' descriptions in three languages: the description stays the original, in the actor's language; its
-- translations sit beside it as {"ru": {"summary": ...}, ...} (see V170). Names keep every spelling as aliases.
call add_translations('actor', 'description');
