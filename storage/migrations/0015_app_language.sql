-- Session 4: the language of the member's app (Telegram's language_code, Discord's locale),
-- as the last message showed it, when it is one we speak. Private notices (reminders,
-- promotions, cancellations) go in it while the member has not chosen one with /langue:
-- a parent whose phone is in English no longer gets French reminders. Two letters, nothing
-- more; erased with the member.
ALTER TABLE members ADD COLUMN app_language TEXT;
