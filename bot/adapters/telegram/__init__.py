"""Telegram, through python-telegram-bot 22, split by job: `adapter` (life cycle, incoming
updates, delivery), `pacing` (Telegram's limits and the rate limiter), `menus` (command menus
generated from the router's specs), `render` (HTML layout, keyboards, splitting)."""

from bot.adapters.telegram.adapter import TelegramAdapter, chat_ref, unreachable
from bot.adapters.telegram.pacing import Limits, PacedRateLimiter

__all__ = ["Limits", "PacedRateLimiter", "TelegramAdapter", "chat_ref", "unreachable"]
