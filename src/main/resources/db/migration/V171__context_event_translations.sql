-- Context events in three languages: title and description stay the original, in the event's language; their
-- translations sit beside them as {"ru": {"title": ..., "summary": <the description>}, ...} (see V170).
call add_translations('context_event', 'title');
