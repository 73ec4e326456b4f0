"""/affiche: an organiser gives an event its poster (the picture sent with the command) or
takes it off; `attach` is the same work for the guided creation's dialogue."""

from __future__ import annotations

from datetime import datetime

from bot.actions import Action
from bot.cards import card_title
from bot.context import Context, Services
from bot.errors import Conflict, NotFound, UserInputError
from bot.i18n import platform_key, t
from bot.text import line_words
from commands.account.parsers import ASKING_WORDS
from commands.events import card_reply, load_event
from commands.events.handlers import offer_events
from commands.posters.images import prepare_apart

# « retire stp », « enlève-la », "remove it please": a verb by its beginning, any ending.
REMOVE_STEMS = ("retir", "enlev", "supprim", "efface", "remov", "delet", "take")
# What may stand beside that verb when taking the poster off is all a line says.
_BESIDE = ASKING_WORDS | {"l", "affiche", "poster", "photo", "image", "off", "down"}


def says_remove(text: str) -> bool:
    """A word of the line asks to take something off (« peux-tu enlever l'affiche ? »)."""
    return any(word.startswith(REMOVE_STEMS) for word in line_words(text))


def only_remove(text: str) -> bool:
    """The line asks to take the poster off and says nothing else (« retire stp », "remove
    it please"), as when replying to the card itself, whose picture comes along."""
    words = line_words(text)
    return says_remove(text) and all(
        w.startswith(REMOVE_STEMS) or w in _BESIDE for w in words)


async def attach(services: Services, event_id: int, data: bytes, now: datetime) -> None:
    """Check, clean and store `data` as the event's poster, replacing any earlier one, and
    refresh the event's posted cards. Raises `UserInputError` (too large, not a picture, too
    many pixels) or `NotFound`; nothing is stored then."""
    jpeg = await prepare_apart(data)  # in a child process: see commands.posters.images
    if not await services.storage.posters.attach(event_id, jpeg, now):
        raise NotFound("error.event_not_found", id=event_id)
    services.event_changed(event_id)


async def clean(data: bytes) -> bytes:
    """The picture as a poster keeps it (checked, re-encoded from its pixels: no EXIF, GPS
    or comment), for the guided creation's draft: a phone's original is never written to
    the database. Raises `UserInputError` with the reason, like `attach`."""
    return await prepare_apart(data)


# « /affiche » alone (a phone's menu sends it so): the events to tap, then how to send it.
PICK_VERB = "posterpick"


async def poster_alone(ctx: Context) -> None:
    await offer_events(ctx, PICK_VERB)


async def press_pick(ctx: Context, action: Action) -> None:
    """A button of « /affiche » alone: how to send that event's picture, on this platform."""
    ctx.require_organizer()
    event = await load_event(ctx, int(action.target))
    ctx.reply(t(platform_key("pick.then.posterpick", ctx.wording), id=event.id,
                title=card_title(event)), private=True)


async def set_poster(ctx: Context) -> None:
    event = await load_event(ctx, ctx.values["event"])
    image = ctx.incoming.image
    change = ctx.values["change"] or ""
    # With a picture, only a line that asks nothing else takes the poster off: a new photo's
    # caption (« la nouvelle, enlève l'ancienne ») is the new poster (`attach` replaces).
    if change == "remove" or (image is None and says_remove(change)):
        # Discord: « retirer » picked and a new picture attached (to replace the old one):
        # the picture is not put on, and she is told so, with how to put it.
        unused = t("poster.picture_unused", id=event.id) \
            if image is not None and ctx.incoming.options else ""
        if not await ctx.storage.posters.remove(event.id, ctx.now):
            ctx.reply(" ".join(filter(None, (t("poster.none", id=event.id), unused))),
                      private=True)
            return
        ctx.core.event_changed(event.id)
        shown, _ = await ctx.storage.announcements.showing(event.id)
        ctx.reply(" ".join(filter(None, (
            t("poster.removed", id=event.id),
            t("poster.removed_shown", count=shown) if shown else "", unused))), private=True)
        return
    if event.cancelled:  # nobody will come for it; taking one off stays possible (above)
        raise Conflict("poster.cancelled", id=event.id,
                       title=card_title(event))
    if image is None and change:  # « /affiche 12 bof »: neither off nor a photo
        raise UserInputError("poster.bad_change", value=change[:20], event=event.id)
    if image is None:
        raise UserInputError(platform_key("poster.missing", ctx.incoming.platform),
                             id=event.id)
    await attach(ctx.core, event.id, image, ctx.now)
    # Where it now shows (the cards are refreshed at once): her question after sending it.
    shown, _ = await ctx.storage.announcements.showing(event.id)
    where = t("poster.shown", count=shown) if shown else t("poster.not_shown", id=event.id)
    ctx.reply(t("poster.attached", id=event.id, where=where), private=True)
    await card_reply(ctx, await load_event(ctx, event.id))  # the organiser sees the result
