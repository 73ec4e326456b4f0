-- Session 9: a family partly at the door (2 of 3 came). How many of the answer's seats were
-- checked in; NULL: all of them (every check-in made before, and the usual tap). The report
-- counts these seats as present, the others of the answer as not come.
ALTER TABLE checkins ADD COLUMN seats INTEGER CHECK (seats IS NULL OR seats >= 1);
