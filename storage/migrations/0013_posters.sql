-- Issue 13: an event's poster, a JPEG in the `posters/` folder beside the database, named
-- by a random id (the file name only, never a path). '' means no poster.
ALTER TABLE events ADD COLUMN poster TEXT NOT NULL DEFAULT '';
