-- Session 11: whether an event still had children's first names or desk entries when its
-- books closed (the same run erases them, `storage.party.forget_closed`): /participants
-- says they were erased only when there were some (an evening of teenagers had none).
-- Books closed before this migration: unknown, taken as having had some (the line they
-- showed until now).
ALTER TABLE event_tallies ADD COLUMN kids_or_desk INTEGER NOT NULL DEFAULT 1;
