"""The web agenda in the bot's own event loop (aiohttp): the public programme, event pages,
calendar feeds, personal feeds and /healthz.

Public pages and feeds hold counts, never names. They are kept ready between requests
(`bot.web.cache`) only while the database has not changed, so a change made in a chat shows
on the next load or poll, and a client holding the same version gets a 304. A bad request gets
a short page in the visitor's language (French unless they ask for English), never a
traceback; if the port cannot be bound the bot keeps serving chats and says so in one line.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from aiohttp import web

from bot.actions import EVENT_TARGET
from bot.cards import kind_label
from bot.i18n import LOCALES, add_strings, current_locale, t, using
from bot.links import public_url
from bot.text import fold
from bot.web import pages
from bot.web.cache import Load, Made, MadeCache, Render, Source, matches
from bot.web.strings import STOPPED, STOPPED_NAME, STOPPED_TEXT, STRINGS, UNKNOWN_KIND
from storage import KINDS, Event, Storage

if TYPE_CHECKING:
    from bot.core import Core

log = logging.getLogger(__name__)
add_strings(STRINGS)


class _RefusedRequests(logging.Filter):
    """A request aiohttp refuses before our code sees it (a line over 8 KiB, bytes that
    are not HTTP: scanners send them all day) is one line at INFO, not an « Error handling
    request » with a traceback quoting the start of the address (a personal feed's is its
    secret)."""

    def filter(self, record: logging.LogRecord) -> bool:
        from aiohttp.http_exceptions import HttpProcessingError

        err = record.exc_info[1] if record.exc_info else None
        if isinstance(err, HttpProcessingError):
            record.msg, record.args = ("web agenda: refused a malformed request (%s %s)",
                                       (err.code, type(err).__name__))
            record.exc_info, record.exc_text = None, None
            record.levelno, record.levelname = logging.INFO, "INFO"
        return True


_REFUSED = _RefusedRequests()
logging.getLogger("aiohttp.server").addFilter(_REFUSED)

TOKEN = re.compile(r"[A-Za-z0-9_-]{20,100}")
EVENT_LINK = "event_"  # the Telegram /start payload that shows an event (commands.account)
# /healthz: the scheduler ticks every 30 s; this much silence means reminders are not sent.
TICK_STALE = timedelta(minutes=5)
HEALTH_TIMEOUT = 5.0  # seconds for the database to answer SELECT 1
# How long ago an event under way may have begun and still show on the agenda (until its end).
RUNNING_FOR = timedelta(hours=24)
OTHER_DATES = 8  # a series' other dates listed on a date's page (series reach 8 weeks ahead)
CACHE_SECONDS = 300  # how long a calendar app may keep a feed before asking again
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                               "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
}


class Calendars(Protocol):
    """The one iCalendar generator (commands.events.calendar), handed in by the composition
    root so `bot` does not import a feature."""

    async def event_ics(self, storage: Storage, event: Event, now: datetime) -> bytes: ...

    def calendar_bytes(self, events: Sequence[Event], sequences: Mapping[int, int],
                       install_id: str, now: datetime, *, name: str | None = None,
                       links: Mapping[int, str] | None = None) -> bytes: ...


def _netloc(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def kind_words(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """What a kind may be called in a link (folded) → the kind: its key, its label in every
    language as the page shows it, and `extra` (what organisers type: « jeux », « film »)."""
    words = {fold(word): kind for word, kind in (extra or {}).items() if kind in KINDS}
    for locale in LOCALES:
        with using(locale):
            words.update({fold(kind_label(kind)): kind for kind in KINDS})
    words.update({fold(kind): kind for kind in KINDS})
    return words


def pick_language(request: web.Request) -> tuple[str, bool]:
    """(locale, chosen by the switch): ?lang= first, then Accept-Language, else French."""
    asked = request.query.get("lang", "")
    if asked in LOCALES:
        return asked, True
    best, best_q = "fr", -1.0
    for part in request.headers.get("Accept-Language", "")[:200].split(","):
        tag, _, params = part.strip().partition(";")
        short = tag.strip().lower().split("-")[0]
        if short not in LOCALES:
            continue
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        if q > best_q:
            best, best_q = short, q
    return best, False


def _fix_for(err: OSError, port: int) -> str:
    """What the operator changes when the agenda cannot listen."""
    if err.errno == errno.EADDRINUSE:
        return (f"another program already uses port {port}; set WEB_PORT to a free one "
                "(e.g. 8081) or stop that program")
    if err.errno == errno.EACCES:
        return "ports below 1024 need root; set WEB_PORT to 8080 or above (a proxy in front)"
    if err.errno == errno.EADDRNOTAVAIL:
        return "WEB_HOST is not an address of this machine; leave it empty (127.0.0.1)"
    return "check WEB_PORT and WEB_HOST"


class WebServer:
    """The application and, once started, its listening site."""

    def __init__(self, core: Core, calendars: Calendars,
                 kinds: Mapping[str, str] | None = None) -> None:
        """`kinds`: the words organisers type for each kind (folded → kind), also understood
        in `?kind=` and feed links, besides each kind's key and labels."""
        self.core = core
        self.calendars = calendars
        self.kinds = kind_words(kinds)
        self.runner: web.AppRunner | None = None
        self.url = ""
        self.made = MadeCache()
        self.started = core.now()
        self.app = self._build()

    @property
    def storage(self) -> Storage:
        return self.core.storage

    @property
    def base(self) -> str:
        settings = self.core.settings
        return (public_url(settings) or self.url
                or f"http://{_netloc(settings.web_host, settings.web_port or 0)}")

    def _build(self) -> web.Application:
        app = web.Application(middlewares=[self._errors], client_max_size=4096)
        app.add_routes([
            web.get("/", self.agenda),
            web.get("/e/{id}.ics", self.event_file),
            web.get(r"/e/{id:[0-9]+}{tail:[/.),;:!?]+}", self.event_link_tidied),
            web.get("/e/{id}", self.event_page),
            web.get("/agenda.ics", self.feed),
            web.get("/agenda-{kind}.ics", self.feed),
            web.get("/me/{token}.ics", self.personal_feed),
            web.get(r"/me/{token:[A-Za-z0-9_-]{20,100}}{tail:[/.),;:!?]+}",
                    self.personal_link_tidied),
            web.get("/me/{token}", self.personal_page),
            web.get("/poster/{name}", self.poster),
            web.get("/healthz", self.health),
            web.get("/robots.txt", self.robots),
        ])
        return app

    async def start(self, port: int, host: str = "127.0.0.1") -> bool:
        """Listen on host:port; False (and one log line) if that is impossible."""
        runner = web.AppRunner(self.app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, host, port)
            await site.start()
        except OSError as err:
            await runner.cleanup()
            log.error("web agenda not started: cannot listen on %s:%s (%s): %s; the bot "
                      "keeps answering chats", host, port, err.strerror or type(err).__name__,
                      _fix_for(err, port))
            return False
        self.runner = runner
        bound = runner.addresses[0][1] if runner.addresses else port
        self.url = f"http://{_netloc(host, bound)}"
        log.info("web agenda listening on %s", self.url)
        return True

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None

    # -- plumbing --------------------------------------------------------------------------

    @web.middleware
    async def _errors(self, request: web.Request,
                      handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                      ) -> web.StreamResponse:
        """Language for the request; 404/400/500 as pages in that language."""
        locale, _ = pick_language(request)
        with using(locale):
            try:
                response = await handler(request)
            except web.HTTPNotFound:
                response = self._message(request, 404, "web.not_found", "web.not_found_text")
            except web.HTTPMethodNotAllowed:
                response = self._message(request, 405, "web.bad_request",
                                         "web.bad_request_text")
            except web.HTTPBadRequest:
                response = self._message(request, 400, "web.bad_request",
                                         "web.bad_request_text")
            except web.HTTPException:
                raise
            except Exception:
                # The route's pattern, never the path: a personal feed's path is its token.
                route = request.match_info.route.resource
                log.exception("web page %s failed",
                              route.canonical if route is not None else "(no route)")
                response = self._message(request, 500, "web.error", "web.error_text")
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    def _lang(self, request: web.Request) -> dict[str, str]:
        locale, chosen = pick_language(request)
        return {"lang": locale} if chosen else {}

    def _message(self, request: web.Request, status: int, title: str,
                 text: str) -> web.Response:
        lang = self._lang(request)
        # The language switch shows this same message (a stopped link's explanation), not
        # the programme; a hostile path's length is not repeated.
        raw = request.rel_url.raw_path  # as sent (percent-encoded): nothing decoded into HTML
        path = raw if len(raw) <= 200 else "/"
        page = pages.Page(t(title), path, self.base, lang, noindex=True)
        body = pages.layout(page, pages.message_body(t(title), t(text), lang))
        return web.Response(status=status, text=body, content_type="text/html",
                            charset="utf-8")

    def _send(self, request: web.Request, made: Made, content_type: str,
              headers: Mapping[str, str]) -> web.Response:
        """The made body, or a bodiless 304 when the client already holds this version."""
        if matches(request.headers.get("If-None-Match", ""), made.etag):
            response = web.Response(status=304)
        else:
            response = web.Response(body=made.body, content_type=content_type,
                                    charset="utf-8")
        response.headers.update(headers)
        response.headers["ETag"] = made.etag
        response.headers["Vary"] = "Accept-Language"
        return response

    def _html(self, request: web.Request, made: Made) -> web.Response:
        # no-cache: browsers keep the page but ask again each time (a 304 when unchanged),
        # so a parent never sees yesterday's seat count.
        return self._send(request, made, "text/html", {"Cache-Control": "public, no-cache"})

    def _ics(self, data: bytes, filename: str, *, private: bool = False) -> web.Response:
        response = web.Response(body=data, content_type="text/calendar", charset="utf-8")
        response.headers["Content-Disposition"] = f'inline; filename="{filename}"'
        if private:
            response.headers["X-Robots-Tag"] = "noindex, nofollow"
            response.headers["Cache-Control"] = "private, no-store"
        else:
            response.headers["Cache-Control"] = f"public, max-age={CACHE_SECONDS}"
        return response

    async def _made(self, key: tuple[Any, ...], load: Load, render: Render) -> Made:
        """A page or feed kept ready (see `bot.web.cache`)."""
        version = await self.storage.feeds.data_version()
        return await self.made.get(key, version, self.core.now(), load, render)

    async def _feed_source(self, events: Sequence[Event], name: str,
                           now: datetime) -> Source:
        sequences = await self.storage.feeds.sequences(events, now)
        install_id = await self.storage.feeds.install_id()
        data = (tuple(events), tuple(sorted(sequences.items())), install_id, name)
        return Source(data, (events, sequences, install_id, name, now))

    async def _feed_bytes(self, payload: Any) -> bytes:
        """iCalendar text takes about a millisecond per event to make: in a worker thread,
        so chats keep being answered while a big feed is made."""
        events, sequences, install_id, name, now = payload
        return await asyncio.to_thread(self.calendars.calendar_bytes, events, sequences,
                                       install_id, now, name=name, links=self._links(events))

    def _links(self, events: Sequence[Event]) -> dict[int, str]:
        return {e.id: f"{self.base}/e/{e.id}" for e in events}

    def _kind(self, asked: str) -> str | None:
        """The kind a link names (« jeux », « Soirée jeux de société », « board_games »)."""
        return self.kinds.get(fold(asked[:60])) if asked.strip() else None

    async def _event(self, request: web.Request) -> Event:
        raw = request.match_info.get("id", "")
        if not EVENT_TARGET.fullmatch(raw):
            raise web.HTTPNotFound()
        event = await self.storage.events.get(int(raw))
        if event is None:
            raise web.HTTPNotFound()
        return event

    # -- pages -----------------------------------------------------------------------------

    async def agenda(self, request: web.Request) -> web.Response:
        # A French link (« ?kind=jeux »), a label as the page shows it, or an old or mistyped
        # word: a parent gets the filtered page, or the whole programme with a line saying
        # so, never an error page.
        asked = request.query.get("kind", "")
        kind = self._kind(asked)
        unknown = bool(asked.strip()) and kind is None
        lang = self._lang(request)

        async def load(now: datetime) -> Source:
            # An event with an end stays until then, « en cours » (a parent checks when to
            # fetch the children); one without an end leaves when it starts.
            found = await self.storage.feeds.agenda(now - RUNNING_FOR, kind)
            rows = [(e, c) for e, c in found if e.starts_at > now or (
                not e.cancelled and e.ends_at is not None and e.ends_at > now)]
            running = frozenset(e.id for e, _ in rows if e.starts_at <= now)
            kinds = await self.storage.feeds.kinds(now)
            # The page changes by itself when the next event starts or one under way ends.
            changes = [e.ends_at for e, _ in rows if e.id in running and e.ends_at] + [
                e.starts_at for e, _ in rows if e.id not in running][:1]
            return Source((tuple(rows), tuple(kinds), running), (rows, kinds, running),
                          min(changes) if changes else None)

        async def render(payload: Any) -> bytes:
            rows, kinds, running = payload
            page = pages.Page(t("web.site"), "/", self.base, {**lang, "kind": kind or ""},
                              description=t("web.intro"))
            notice = t(UNKNOWN_KIND) if unknown else ""
            body = pages.layout(page, pages.agenda_body(rows, kind, self.base, lang, kinds,
                                                        notice=notice, running=running))
            return body.encode("utf-8")

        key = ("agenda", current_locale(), kind, unknown, self.base, tuple(lang.items()))
        return self._html(request, await self._made(key, load, render))

    async def event_page(self, request: web.Request) -> web.Response:
        raw = request.match_info.get("id", "")
        lang = self._lang(request)
        settings = self.core.settings
        discord = (f"https://discord.com/channels/{settings.discord_guild_ids[0]}"
                   if settings.discord_token and settings.discord_guild_ids else None)
        telegram = self.core.private_link("telegram", f"{EVENT_LINK}{raw}")

        async def load(now: datetime) -> Source:
            event = await self._event(request)
            counts = await self.storage.rsvps.counts(event.id)
            started = event.starts_at <= now
            others: tuple[Event, ...] = ()
            if event.series_id is not None:  # its other dates to come, a few weeks' worth
                found = await self.storage.series.occurrences(event.series_id, now)
                others = tuple(e for e in found if e.id != event.id)[:OTHER_DATES]
            # The page changes by itself when the event starts (booking is over), and when
            # its series' next date does (it leaves the list).
            changes = [e.starts_at for e in others[:1]] + ([] if started else [event.starts_at])
            data = (event, counts, started, others)
            return Source(data, data, min(changes) if changes else None)

        async def render(payload: Any) -> bytes:
            event, counts, started, others = payload
            shown = self.storage.posters.existing(event.poster)
            poster = f"/poster/{event.poster}" if shown else ""
            body = pages.event_body(event, counts, lang, ics=f"{self.base}/e/{event.id}.ics",
                                    telegram=telegram, discord=discord,
                                    feed=f"{self.base}/agenda.ics", poster=poster,
                                    started=started, others=others)
            page = pages.Page(pages.page_title(event), f"/e/{event.id}",
                              self.base, lang, description=pages.summary(event),
                              image=self.base + poster if poster else "")
            return pages.layout(page, body).encode("utf-8")

        key = ("event", raw, current_locale(), self.base, tuple(lang.items()), telegram,
               discord)
        return self._html(request, await self._made(key, load, render))

    async def event_link_tidied(self, request: web.Request) -> web.Response:
        """A link shared with the end of its sentence (« …/e/12. », « (…/e/12) ») or typed
        with a slash: the event's page (one redirect), not « the event was removed »."""
        event = await self._event(request)
        query = request.rel_url.raw_query_string
        query = f"?{query}" if query else ""
        raise web.HTTPMovedPermanently(f"/e/{event.id}{query}")

    async def event_file(self, request: web.Request) -> web.Response:
        event = await self._event(request)
        data = await self.calendars.event_ics(self.storage, event, self.core.now())
        return self._ics(data, f"le-focus-{event.id}.ics")

    async def feed(self, request: web.Request) -> web.Response:
        asked = request.match_info.get("kind")
        kind = None if asked is None else self._kind(asked)
        if asked is not None and kind is None:
            raise web.HTTPNotFound()

        async def load(now: datetime) -> Source:
            events = await self.storage.feeds.window(now, kind)
            name = t("web.feed_kind", kind=kind_label(kind)) if kind else t("web.feed_name")
            return await self._feed_source(events, name, now)

        made = await self._made(("feed", kind, current_locale(), self.base), load,
                                self._feed_bytes)
        filename = f"agenda-{kind}.ics" if kind else "agenda.ics"
        return self._send(request, made, "text/calendar", {
            "Content-Disposition": f'inline; filename="{filename}"',
            "Cache-Control": f"public, max-age={CACHE_SECONDS}"})

    async def _member_of(self, token: str) -> tuple[int | None, str]:
        """Whose personal link this is (None: stopped, erased or never made), and the
        language they read in: the one chosen with /language, else their app's, else the
        request's (a calendar app sends none)."""
        member_id = await self.storage.feeds.member_for(token) if TOKEN.fullmatch(token) \
            else None
        member = await self.storage.members.get(member_id) if member_id is not None else None
        chosen = (member.language or member.app_language) if member else None
        return member_id, chosen if chosen in LOCALES else current_locale()

    async def personal_feed(self, request: web.Request) -> web.Response:
        token = request.match_info.get("token", "")
        member_id, locale = await self._member_of(token)
        if member_id is None:
            return await self._stopped_feed(request, token)
        now = self.core.now()
        with using(locale):
            events = await self.storage.feeds.going(member_id, now)
            source = await self._feed_source(events, t("web.feed_mine"), now)
            data = await self._feed_bytes(source.payload)
        return self._ics(data, "le-focus.ics", private=True)

    async def personal_page(self, request: web.Request) -> web.Response:
        """The link /mycalendar gives to tap: neither Telegram nor Discord makes a webcal://
        address a link, a phone's browser does. A page with the « Subscribe » button and the
        address for Google, in the member's language (a language chosen on the page wins);
        private: never indexed nor kept. A stopped link says what to do."""
        token = request.match_info.get("token", "")
        member_id, locale = await self._member_of(token)
        if member_id is None:
            return self._message(request, 404, STOPPED, STOPPED_TEXT)
        lang = self._lang(request)
        with using(lang.get("lang") or locale):
            feed = f"{self.base}/me/{token}.ics"
            page = pages.Page(t("web.mine_title"), f"/me/{token}", self.base, lang,
                              noindex=True)
            body = pages.layout(page, pages.personal_body(feed, lang))
        response = web.Response(text=body, content_type="text/html", charset="utf-8")
        response.headers["Cache-Control"] = "private, no-store"
        response.headers["X-Robots-Tag"] = "noindex, nofollow"
        return response

    async def personal_link_tidied(self, request: web.Request) -> web.Response:
        """A personal link passed on with the end of a sentence (« …/me/Xk3… ! », « (…) »)
        or a slash: its page (one redirect), not « link stopped ». The same for any token
        of that shape, known or not: nothing tells which ones exist."""
        query = request.rel_url.raw_query_string
        query = f"?{query}" if query else ""
        raise web.HTTPMovedPermanently(f"/me/{request.match_info['token']}{query}")

    async def _stopped_feed(self, request: web.Request, token: str) -> web.Response:
        """A link stopped (/mycalendar stop), erased (/forgetme) or never made. A calendar
        app that gets an error keeps what it showed last, for good: it gets a calendar with
        no events, named so, and empties the subscription at its next refresh. A browser
        gets a page saying what to do. The same for every token: nothing tells which ones
        existed."""
        if not TOKEN.fullmatch(token):
            raise web.HTTPNotFound()
        if "text/html" in request.headers.get("Accept", ""):
            return self._message(request, 404, STOPPED, STOPPED_TEXT)
        data = await asyncio.to_thread(
            self.calendars.calendar_bytes, [], {}, await self.storage.feeds.install_id(),
            self.core.now(), name=t(STOPPED_NAME))
        return self._ics(data, "le-focus.ics", private=True)

    async def poster(self, request: web.Request) -> web.StreamResponse:
        """An event's poster. Its name is random and a new poster gets a new name, so
        browsers and preview services may keep it for good."""
        path = self.storage.posters.existing(request.match_info.get("name", ""))
        if path is None:
            raise web.HTTPNotFound()
        return web.FileResponse(path, headers={
            "Content-Type": "image/jpeg",
            "Cache-Control": "public, max-age=31536000, immutable"})

    async def robots(self, request: web.Request) -> web.Response:
        return web.Response(text="User-agent: *\nDisallow: /me/\n")

    async def health(self, request: web.Request) -> web.Response:
        """For the operator's monitor: 200 while the database answers, every chat platform
        is connected and the scheduler ticked lately (reminders go out); else 503, with the
        failing part named. Nothing about members."""
        report: dict[str, Any] = {"database": "ok"}
        healthy = True
        try:
            await asyncio.wait_for(self.storage.db.read("SELECT 1"), HEALTH_TIMEOUT)
        except Exception as err:
            report["database"] = type(err).__name__
            healthy = False
        adapters = {name: bool(adapter.connected)
                    for name, adapter in sorted(self.core.adapters.items())}
        report["adapters"] = adapters
        healthy = healthy and all(adapters.values())
        now = self.core.now()
        last = self.storage.feeds.last_tick
        report["scheduler_tick_age_s"] = (None if last is None
                                          else round((now - last).total_seconds()))
        # Never ticked: fine just after start, not once a tick is long overdue.
        if now - (last or self.started) > TICK_STALE:
            healthy = False
        report["status"] = "ok" if healthy else "degraded"
        response = web.json_response(report, status=200 if healthy else 503)
        response.headers["Cache-Control"] = "no-store"
        return response


async def start_web(core: Core, calendars: Calendars,
                    say: Callable[[str], object] | None = None,
                    kinds: Mapping[str, str] | None = None) -> WebServer | None:
    """Start the web agenda when WEB_PORT is set (None otherwise, or when it cannot bind).
    `say` is given its address (the console demo prints it, in its reader's language);
    `kinds`: see `WebServer`."""
    port = core.settings.web_port
    if not port:
        return None
    server = WebServer(core, calendars, kinds)
    if not await server.start(port, core.settings.web_host):
        return None
    if say is not None:
        say(f"{server.base}/")
    return server
