"""A bar chart of approved offers and needs per priority area, as a PNG (Pillow)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from bot.i18n import label
from catalogue.taxonomy import AREAS

WIDTH, HEIGHT = 900, 500
OFFER, NEED = (33, 113, 181), (239, 138, 98)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1
        return ImageFont.load_default()


def area_chart(lang: str, by_area: dict[str, dict[str, int]]) -> bytes:
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font, small = _font(18), _font(14)
    draw.text(
        (20, 15),
        f"{label(lang, 'search-offers')} / {label(lang, 'search-needs')}",
        fill="black",
        font=font,
    )
    top = max([1] + [v for counts in by_area.values() for v in counts.values()])
    base_y, chart_h = HEIGHT - 70, HEIGHT - 140
    slot = (WIDTH - 80) / len(AREAS)
    for i, area in enumerate(AREAS):
        counts = by_area.get(area, {})
        x = 50 + i * slot
        for j, (kind, colour) in enumerate((("offer", OFFER), ("need", NEED))):
            value = counts.get(kind, 0)
            h = int(chart_h * value / top)
            left = x + 10 + j * (slot / 2 - 10)
            draw.rectangle([left, base_y - h, left + slot / 2 - 20, base_y], fill=colour)
            draw.text((left, base_y - h - 18), str(value), fill="black", font=small)
        draw.text(
            (x + 10, base_y + 10), label(lang, f"area-short-{area}"), fill="black", font=small
        )
    draw.rectangle([WIDTH - 230, 20, WIDTH - 215, 35], fill=OFFER)
    draw.text((WIDTH - 205, 18), label(lang, "search-offers"), fill="black", font=small)
    draw.rectangle([WIDTH - 120, 20, WIDTH - 105, 35], fill=NEED)
    draw.text((WIDTH - 95, 18), label(lang, "search-needs"), fill="black", font=small)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
