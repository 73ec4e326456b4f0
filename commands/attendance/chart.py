"""The report's chart: one stacked bar per month, one colour per kind, drawn with Pillow.

Sized for a phone held upright (1080 × 1350 px, the shape Telegram and Discord show whole),
with large type. Pillow is imported inside `draw` only: the bot loads it when a report is
asked for, not at start-up (memory budget). `draw` returns the box of every bar segment so a
test can check the picture, not only that it is a PNG.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.text import strip_accents

WIDTH, HEIGHT = 1080, 1350
BACKGROUND = (255, 255, 255)
INK = (33, 33, 33)
GRID = (220, 220, 220)
# Okabe–Ito colours, told apart by colour-blind readers too; one per kind of event.
COLOURS: Mapping[str, tuple[int, int, int]] = {
    "board_games": (230, 159, 0),
    "screening": (86, 180, 233),
    "workshop": (0, 158, 115),
    "masterclass": (204, 121, 167),
    "english": (0, 114, 178),
    "theme_evening": (213, 94, 0),
    "other": (120, 120, 120),
}
FALLBACK = (60, 60, 60)
# Fonts with accents, by file name (Pillow looks in the system's font folders) or full path.
FONTS = ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
         "LiberationSans-Regular.ttf",
         "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "Arial.ttf")
_MARGIN = 60
_TOP = 380  # title, subtitle and legend above the plot
_BOTTOM = 170  # month names and the note below it


@dataclass(frozen=True)
class Bar:
    """One drawn segment: which kind, which month (index), and its box (x0, y0, x1, y1)."""

    kind: str
    month: int
    box: tuple[int, int, int, int]


def colour(kind: str) -> tuple[int, int, int]:
    return COLOURS.get(kind, FALLBACK)


def draw(title: str, subtitle: str, months: Sequence[tuple[str, str]],
         series: Mapping[str, Sequence[int]], legend: Mapping[str, str],
         note: str) -> tuple[bytes, list[Bar]]:
    """A PNG and its bar segments. `months`: (month label, year label or "") per bar;
    `series`: per kind, one value per month; `legend`: the shown name of each kind."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    pen = ImageDraw.Draw(image)
    found = _font_file()
    if found is None:
        # Pillow's own font has no accents: « Fréquentation » would show boxes. Plain
        # letters read better than boxes.
        title, subtitle, note = strip_accents(title), strip_accents(subtitle), strip_accents(note)
        months = [(strip_accents(m), y) for m, y in months]
        legend = {k: strip_accents(v) for k, v in legend.items()}
    big, medium, small = (ImageFont.truetype(found, s) if found else ImageFont.load_default(
        size=s) for s in (52, 34, 28))
    pen.text((_MARGIN, 40), title, font=big, fill=INK)
    pen.text((_MARGIN, 110), subtitle, font=small, fill=INK)
    _legend(pen, series, legend, medium)

    plot_top, plot_bottom = _TOP, HEIGHT - _BOTTOM
    left, right = _MARGIN + 70, WIDTH - _MARGIN
    totals = [sum(values[i] for values in series.values()) for i in range(len(months))]
    step = _step(max(totals, default=0))
    top_value = max(step, -(-max(totals, default=0) // step) * step)
    scale = (plot_bottom - plot_top) / top_value
    for value in range(0, top_value + 1, step):
        y = round(plot_bottom - value * scale)
        pen.line((left, y, right, y), fill=GRID, width=2)
        label = str(value)
        pen.text((left - 14 - pen.textlength(label, font=small), y - 16), label, font=small,
                 fill=INK)

    slot = (right - left) / max(len(months), 1)
    # Month names in a smaller type when they would touch, and every other bar when even
    # that is too wide (two years of months).
    tiny = ImageFont.truetype(found, 23) if found else ImageFont.load_default(size=23)
    label_font, every = small, 1
    for candidate, step_by in ((small, 1), (tiny, 1), (small, 2)):
        widest = max((pen.textlength(m, font=candidate) for m, _ in months), default=0)
        label_font, every = candidate, step_by
        if widest + 6 <= slot * step_by:
            break
    width = max(4, round(slot * 0.7))
    bars: list[Bar] = []
    for index, (month, year) in enumerate(months):
        x0 = round(left + slot * index + (slot - width) / 2)
        base = plot_bottom
        for kind, values in series.items():
            value = values[index]
            if value <= 0:
                continue
            height = max(2, round(value * scale))
            box = (x0, base - height, x0 + width, base)
            pen.rectangle(box, fill=colour(kind))
            bars.append(Bar(kind, index, box))
            base -= height
        if totals[index]:
            text = str(totals[index])
            pen.text((x0 + (width - pen.textlength(text, font=small)) / 2, base - 36), text,
                     font=small, fill=INK)
        centre = x0 + width / 2
        if index % every == 0:
            pen.text((centre - pen.textlength(month, font=label_font) / 2, plot_bottom + 12),
                     month, font=label_font, fill=INK)
        if year:
            pen.text((centre - pen.textlength(year, font=small) / 2, plot_bottom + 46), year,
                     font=small, fill=INK)
    _note(pen, note, small)
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue(), bars


def _legend(pen: Any, series: Mapping[str, Sequence[int]], legend: Mapping[str, str],
            font: Any) -> None:
    """Kinds in two columns under the title, each with its colour."""
    x_positions = (_MARGIN, WIDTH // 2)
    for index, kind in enumerate(series):
        x = x_positions[index % 2]
        y = 165 + (index // 2) * 44
        pen.rectangle((x, y + 4, x + 30, y + 34), fill=colour(kind))
        pen.text((x + 44, y), legend.get(kind, kind), font=font, fill=INK)


def _note(pen: Any, note: str, font: Any) -> None:
    """The note under the chart, on two lines when it is too long for one."""
    lines, words = [""], note.split()
    for word in words:
        trial = f"{lines[-1]} {word}".strip()
        if lines[-1] and pen.textlength(trial, font=font) > WIDTH - 2 * _MARGIN:
            lines.append(word)
        else:
            lines[-1] = trial
    for index, line in enumerate(lines[-2:]):
        pen.text((_MARGIN, HEIGHT - 80 + index * 36), line, font=font, fill=INK)


def _font_file() -> str | None:
    """A font with French accents: the first of `FONTS` this machine has (DejaVu or
    Liberation come with most Linux systems), else None."""
    from PIL import ImageFont

    for name in FONTS:
        try:
            ImageFont.truetype(name, 10)
        except OSError:
            continue
        return name
    return None


def _step(largest: int) -> int:
    """A round gridline step giving about five lines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if largest / step <= 6:
            return step
    return 10_000
