"""HTML of the web agenda: one self-contained page per request (inline CSS, no script, no
external font or tracker), readable on a phone first, in the reader's language.

Everything shown comes from `t()` or is escaped here: titles and places are typed by
organisers and must never become markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from urllib.parse import urlencode

from bot.cards import card_title, kind_label, shown_text
from bot.i18n import PARIS, current_locale, format_day, format_price, format_span, t
from bot.links import webcal
from bot.web.strings import NONE_OF_KIND, RUNNING, SEE_ALL, STARTED
from storage import KINDS, Counts, Event

CSS = """
:root{--ink:#1b1b1f;--soft:#4a4a55;--bg:#fbfaf7;--card:#fff;--line:#d9d6cf;--accent:#7a2e0e;
--focus:#0b57d0}
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;
color:var(--ink);background:var(--bg)}
header,main,footer{max-width:46rem;margin:0 auto;padding:1rem}
header{display:flex;justify-content:space-between;align-items:center;gap:1rem;
padding-bottom:0}header .home{font-weight:700;text-decoration:none;color:var(--ink)}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.15rem;margin:1.6rem 0 .5rem;
color:var(--accent)}h3{font-size:1.1rem;margin:0 0 .3rem}
a{color:var(--accent)}a:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
nav a,.switch{display:inline-flex;align-items:center;min-height:44px;padding:0 .9rem;
border:1px solid var(--line);border-radius:999px;text-decoration:none;background:var(--card)}
nav a[aria-current]{background:var(--accent);color:#fff;border-color:var(--accent)}
ul.events{list-style:none;padding:0;margin:0}
.event{background:var(--card);border:1px solid var(--line);border-radius:.6rem;
padding:.8rem 1rem;margin:.6rem 0}
.kind{font-size:.85rem;text-transform:uppercase;letter-spacing:.04em;color:var(--soft);
margin:0 0 .2rem}.event h3 a{display:inline-block;padding:.2rem 0}
.when{margin:.2rem 0;font-weight:600}.meta{margin:.2rem 0;color:var(--soft)}
.seats{font-weight:600;margin:.4rem 0 0}.url code{overflow-wrap:anywhere;font-size:.9rem}
h1,h3,.meta,dd,main p{overflow-wrap:anywhere}
.notice{padding:.6rem .9rem;border-left:4px solid var(--accent);background:var(--card)}
.cancelled h3{text-decoration:line-through}.tag{font-weight:700;color:#8b0000}
.actions a{display:inline-flex;align-items:center;min-height:44px;margin:.3rem .6rem .3rem 0;
padding:0 .9rem;border-radius:.4rem;background:var(--accent);color:#fff;text-decoration:none}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .8rem}dt{font-weight:600}
dd{margin:0}.poster{display:block;max-width:100%;max-height:80vh;width:auto;height:auto;
margin:1rem 0;border-radius:.6rem}.back{display:inline-flex;align-items:center;min-height:44px}
footer{color:var(--soft);font-size:.9rem}
@media (min-width:40rem){body{font-size:1.05rem}}
"""


@dataclass(frozen=True)
class Page:
    """What the layout needs besides the body."""

    title: str
    path: str  # this page's path, for the language switch and og:url
    base: str  # PUBLIC_URL (or this machine's address), no trailing slash
    query: dict[str, str]  # the query kept by the language switch (kind filter)
    description: str = ""
    noindex: bool = False
    image: str = ""  # absolute URL of the event's poster, for previews (og:image)


def _link(path: str, query: dict[str, str]) -> str:
    kept = {k: v for k, v in query.items() if v}
    return escape(path + ("?" + urlencode(kept) if kept else ""))


def layout(page: Page, body: str) -> str:
    locale = current_locale()
    other = "en" if locale == "fr" else "fr"
    og = "".join(
        f'<meta property="og:{name}" content="{escape(value)}">'
        for name, value in (("title", page.title), ("description", page.description),
                            ("type", "website"), ("url", page.base + page.path),
                            ("site_name", t("web.site")),
                            ("locale", "fr_FR" if locale == "fr" else "en_GB"),
                            ("image", page.image)) if value)
    if page.image:  # Discord and others then show the poster large, not as a thumbnail
        og += '<meta name="twitter:card" content="summary_large_image">'
    robots = '<meta name="robots" content="noindex,nofollow">' if page.noindex else ""
    return (
        f'<!doctype html><html lang="{locale}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{escape(page.title)}</title>"
        f'<meta name="description" content="{escape(page.description)}">{og}{robots}'
        f"<style>{CSS}</style></head><body>"
        f'<a class="skip" href="#main">{escape(t("web.heading"))}</a>'
        f'<header><a class="home" href="{_link("/", _lang_only(page.query))}">Le Focus</a>'
        f'<a class="switch" href="{_link(page.path, {**page.query, "lang": other})}" '
        f'hreflang="{other}" lang="{other}">{escape(_switch_label(other))}</a></header>'
        f'<main id="main">{body}</main>'
        f'<footer><p>Le Focus · MeltingPhot · Rochebelle, Alès</p></footer></body></html>'
    )


def _lang_only(query: dict[str, str]) -> dict[str, str]:
    return {"lang": query["lang"]} if query.get("lang") else {}


def _switch_label(other: str) -> str:
    return "English" if other == "en" else "Français"


def seats_line(event: Event, counts: Counts) -> str:
    """Counts, never names: seats left, or full with a waiting list. Closed sign-ups say
    so instead, apart from « complet »: seats left there are not on offer."""
    if event.signups_closed:
        return t("card.signups_closed")
    if event.capacity is None:
        return t("web.open")
    left = event.capacity - counts.taken
    if left <= 0:
        # How many already wait, as the cards say: whether queueing is worth it.
        return (t("web.full_waiting", count=counts.waitlist) if counts.waitlist
                else t("web.full"))
    text = t("web.left", count=left)
    if counts.waitlist:
        text += " · " + t("web.waiting", count=counts.waitlist)
    return text


def week_start(event: Event) -> date:
    day = event.starts_at.astimezone(PARIS).date()
    return day - timedelta(days=day.weekday())


def when_text(event: Event) -> str:
    """The start and, when known, the end (« …à 14h, jusqu'à 17h »), as on the cards: a
    parent needs it to fetch the children."""
    return format_span(event.starts_at, event.ends_at)


def event_item(event: Event, counts: Counts, lang: dict[str, str],
               running: bool = False) -> str:
    """`running`: begun, not yet over (its end is known): « en cours », no seats."""
    title = card_title(event)
    seats = t(RUNNING) if running else seats_line(event, counts)
    cancelled = f' <span class="tag">{escape(t("web.cancelled"))}</span>' if event.cancelled \
        else ""
    audience = shown_text(event, "audience", event.audience)
    meta = [event.place, format_price(event.price_cents)]
    return (
        f'<li class="event{" cancelled" if event.cancelled else ""}">'
        f'<p class="kind">{escape(kind_label(event.kind))}</p>'
        f'<h3><a href="{_link(f"/e/{event.id}", lang)}">{escape(title)}</a>{cancelled}</h3>'
        f'<p class="when">{escape(when_text(event))}</p>'
        f'<p class="meta">{" · ".join(escape(m) for m in meta if m)}</p>'
        + ("" if event.cancelled
           else f'<p class="seats">{escape(seats)}</p>')
        + (f'<p class="meta">{escape(audience)}</p>' if audience else "")
        + "</li>"
    )


def agenda_body(rows: Sequence[tuple[Event, Counts]], kind: str | None, base: str,
                lang: dict[str, str], kinds: Sequence[str] = KINDS, notice: str = "",
                running: frozenset[int] = frozenset()) -> str:
    """`kinds`: those with upcoming events, the only ones offered as filters. `notice`: a
    line above the events (a filter that names no kind). `running`: the ids of the events
    under way."""
    filters = [(None, t("web.all"))] + [(k, kind_label(k)) for k in KINDS
                                        if k in kinds or k == kind]
    nav = "".join(
        f'<li><a href="{_link("/", {**lang, "kind": k or ""})}"'
        + (' aria-current="page"' if k == kind else "") + f">{escape(label)}</a></li>"
        for k, label in filters)
    parts = [f"<h1>{escape(t('web.heading'))}</h1><p>{escape(t('web.intro'))}</p>",
             f'<nav aria-label="{escape(t("web.filter"))}"><ul>{nav}</ul></nav>']
    if notice:
        parts.append(f'<p class="notice" role="status">{escape(notice)}</p>')
    if not rows and kind:
        parts.append(f"<p>{escape(t(NONE_OF_KIND))} "
                     f'<a href="{_link("/", lang)}">{escape(t(SEE_ALL))}</a></p>')
    elif not rows:
        parts.append(f"<p>{escape(t('web.none'))}</p>")
    week: date | None = None
    for event, counts in rows:
        start = week_start(event)
        if start != week:
            if week is not None:
                parts.append("</ul></section>")
            week = start
            heading = t("web.week", day=format_day(start, with_year=False))
            parts.append(f"<section><h2>{escape(heading)}</h2><ul class=\"events\">")
        parts.append(event_item(event, counts, lang, event.id in running))
    if week is not None:
        parts.append("</ul></section>")
    feed = f"{base}/agenda-{kind}.ics" if kind else f"{base}/agenda.ics"
    label = t("web.subscribe_kind", kind=kind_label(kind)) if kind else t("web.subscribe")
    parts.append(
        f'<section><h2>{escape(t("web.subscribe"))}</h2>'
        f'<p>{escape(t("web.subscribe_hint"))}</p><p class="actions">'
        f'<a href="{escape(webcal(feed))}">{escape(label)}</a> '
        f'<a href="{escape(feed)}">{escape(t("web.download"))}</a></p>'
        f"{_paste(feed)}</section>")
    return "".join(parts)


def _paste(feed: str) -> str:
    """A feed's address to paste where no webcal:// link is taken (Google Calendar, Outlook
    on the web), and how."""
    return (f'<p>{escape(t("web.subscribe_url"))}</p>'
            f'<p class="url"><code>{escape(feed)}</code></p>'
            f'<p>{escape(t("web.subscribe_outlook"))}</p>')


# An address in a description (a HelloAsso page to pay, a trailer): a link a phone can tap.
_URL = re.compile(r"https?://[^\s<>\"'«»]+", re.IGNORECASE)
_TRAILING = ".,;:!?)"


def linked(text: str) -> str:
    """`text` escaped, its http(s) addresses made links (the end of a sentence left out:
    « …/stage. » or « (…/stage) »). Nothing else becomes markup."""
    parts, at = [], 0
    for found in _URL.finditer(text):
        url = found.group()
        while url and url[-1] in _TRAILING and not (url[-1] == ")" and "(" in url):
            url = url[:-1]
        if "." not in url.split("://", 1)[1]:
            continue  # « http://x »: no address anyone can open
        parts += [escape(text[at:found.start()]),
                  f'<a href="{escape(url)}" rel="nofollow noopener">{escape(url)}</a>']
        at = found.start() + len(url)
    parts.append(escape(text[at:]))
    return "".join(parts)


def event_body(event: Event, counts: Counts, lang: dict[str, str], *, ics: str,
               telegram: str | None, discord: str | None, feed: str = "",
               poster: str = "", started: bool = False, others: Sequence[Event] = ()) -> str:
    """`feed`: the whole agenda's feed, offered beside the one-off file so that the parent
    who adds one event also sees later changes by themselves. `poster`: the picture's
    path on this site, if the event has one. `started`: no seats, nothing to book or add
    (an old link, or a late visitor). `others`: the other dates to come of its series."""
    title = card_title(event)
    rows = [(t("web.when"), when_text(event)), (t("web.where"), event.place),
            (t("web.price"), format_price(event.price_cents))]
    if not event.cancelled:
        rows.append((t("web.seats"), t(STARTED) if started else seats_line(event, counts)))
    audience = shown_text(event, "audience", event.audience)
    if audience:
        rows.append((t("web.audience"), audience))
    details = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows)
    description = shown_text(event, "description", event.description)
    paragraphs = "".join(f"<p>{linked(p)}</p>" for p in description.split("\n") if p.strip())
    # A cancelled evening is not added to anyone's calendar; the feed still tells those who
    # follow it.
    over = event.cancelled or started
    links = [] if over else [(ics, t("web.add"))]
    if telegram and not over:
        links.append((telegram, t("web.telegram")))
    if discord and not over:
        links.append((discord, t("web.discord")))
    if feed:
        links.append((webcal(feed), t("web.subscribe")))
    actions = "".join(f'<a href="{escape(href)}">{escape(label)}</a>' for href, label in links)
    tag = f' <span class="tag">{escape(t("web.cancelled"))}</span>' if event.cancelled else ""
    return (
        f'<p><a class="back" href="{_link("/", lang)}">← {escape(t("web.back"))}</a></p>'
        f'<p class="kind">{escape(kind_label(event.kind))}</p>'
        f"<h1>{escape(title)}{tag}</h1><dl>{details}</dl>{paragraphs}"
        f'<p class="actions">{actions}</p>{other_dates(others, lang)}'
        # After what a parent needs (when, where, seats, the calendar button): a portrait
        # poster first would push all of it below a phone's screen.
        + (f'<img class="poster" src="{escape(poster)}" '
           f'alt="{escape(t("web.poster_alt", title=title))}">' if poster else "")
    )


def other_dates(others: Sequence[Event], lang: dict[str, str]) -> str:
    """The other dates of a series, each a link to its page; a date skipped says so."""
    if not others:
        return ""
    items = "".join(
        f'<li><a href="{_link(f"/e/{e.id}", lang)}">{escape(when_text(e))}</a>'
        + (f' <span class="tag">{escape(t("web.cancelled"))}</span>' if e.cancelled else "")
        + "</li>" for e in others)
    return f'<section><h2>{escape(t("web.other_dates"))}</h2><ul>{items}</ul></section>'


def personal_body(feed: str, lang: dict[str, str]) -> str:
    """The page a member's /mycalendar link opens: the button that subscribes a phone's
    calendar (webcal://), the address to paste in Google Calendar, and that it is private."""
    return (
        f"<h1>{escape(t('web.mine_title'))}</h1><p>{escape(t('web.mine_intro'))}</p>"
        f'<p class="actions"><a href="{escape(webcal(feed))}">'
        f"{escape(t('web.mine_subscribe'))}</a></p>{_paste(feed)}"
        f"<p>{escape(t('web.mine_private'))}</p>"
        f'<p><a class="back" href="{_link("/", lang)}">{escape(t("web.back"))}</a></p>')


def page_title(event: Event) -> str:
    """The browser tab's and a shared link's title: « Annulé · » first when it is, so a
    preview in a parents' group does not announce an evening that will not happen."""
    title = card_title(event)
    return f"{t('web.cancelled')} · {title}" if event.cancelled else title


def summary(event: Event) -> str:
    """The Open Graph description: when (until when), where, what kind."""
    return " · ".join((kind_label(event.kind), when_text(event), event.place))


def message_body(title: str, text: str, lang: dict[str, str]) -> str:
    return (f"<h1>{escape(title)}</h1><p>{escape(text)}</p>"
            f'<p><a href="{_link("/", lang)}">{escape(t("web.back"))}</a></p>')
