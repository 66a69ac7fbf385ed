-- Conversations keep their replay state in the session of the chat now: the old records are not read any more.
-- (A conversation in flight starts again from its draft, where every answer was kept.)
DELETE FROM "SessionRecord" WHERE "key" LIKE 'conversation:%';
