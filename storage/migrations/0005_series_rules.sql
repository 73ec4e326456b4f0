-- Issue 10: series follow a rule people write (every N weeks, several weekdays, the first or
-- last weekday of the month), stored as a `dateutil.rrule` text on Paris dates from
-- first_date at local_time. weekday and interval_weeks stay, holding the rule's first weekday
-- and interval. Series also carry a description and a length for their occurrences.
ALTER TABLE series ADD COLUMN rule TEXT NOT NULL DEFAULT '';
ALTER TABLE series ADD COLUMN description TEXT NOT NULL DEFAULT '';
ALTER TABLE series ADD COLUMN duration_minutes INTEGER
    CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 10080);
-- Existing weekly series get the same rule written out (char(59) is ';', which the migration
-- runner uses to split statements).
UPDATE series SET rule = 'FREQ=WEEKLY' || char(59) || 'INTERVAL=' || interval_weeks
    || char(59) || 'BYDAY=' || CASE weekday WHEN 0 THEN 'MO' WHEN 1 THEN 'TU' WHEN 2 THEN 'WE'
    WHEN 3 THEN 'TH' WHEN 4 THEN 'FR' WHEN 5 THEN 'SA' ELSE 'SU' END
    WHERE rule = '';
