-- Session 10: members are not kept for ever. `seen_at`: when a chat account last used the
-- bot (a message, a button; written at most once a day, `storage.members.identify`);
-- `warned_at`: when it was told that, unused, it would be erased (`commands.account.jobs`:
-- 24 months without use, told 30 days before; using the bot again clears it). Accounts
-- already here count from the upgrade: nobody is erased for lack of use before two years.
ALTER TABLE members ADD COLUMN seen_at TEXT;
ALTER TABLE members ADD COLUMN warned_at TEXT;
UPDATE members SET seen_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now');
CREATE INDEX IF NOT EXISTS members_by_seen ON members (seen_at);
