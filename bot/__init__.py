"""Le Focus community bot: a platform-neutral core with console, Telegram and Discord adapters."""
