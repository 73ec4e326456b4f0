"""What the Telegram adapter says itself (the rest comes from the core and the features)."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "telegram.open_private": {
        "fr": "{name}, je ne peux pas encore vous écrire en privé. Ouvrez une conversation "
              "avec moi, puis réessayez : {link}",
        "en": "{name}, I can't message you privately yet. Open a private chat with me, then "
              "try again: {link}",
    },
    "telegram.no_private_link": {
        "fr": "{name}, je ne peux pas encore vous écrire en privé : ouvrez une conversation "
              "avec moi, puis réessayez.",
        "en": "{name}, I can't message you privately yet: open a private chat with me, then "
              "try again.",
    },
}
