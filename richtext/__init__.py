"""Telegram's HTML parse mode, checked the way Telegram checks it.

A package of its own at the bottom of the layers (it imports nothing of the project): the
core checks a broadcast's text with it when the broadcast is made (scheduler.broadcasts),
whichever front end wrote it, and the chat, the console and the fake Telegram read messages
with the same rules.

Telegram refuses a message whose HTML has an unknown or unclosed tag, or a
`<` or `&` that is not part of a tag or entity. Broadcasts check an organiser's
text with it before it is queued; the fake Bot API (fakegram) runs it on every
text sent with ``parse_mode=HTML`` so a test fails where Telegram would.
"""

from __future__ import annotations

import html
import re

ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "span",
    "tg-spoiler",
    "a",
    "tg-emoji",
    "code",
    "pre",
    "blockquote",
}
ENTITY = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});")
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)\s*(/?)>")


class HTMLParseError(ValueError):
    """Text Telegram would answer with "Bad Request: can't parse entities"."""


def parse(text: str) -> str:
    """The plain text a reader sees, or HTMLParseError where Telegram would refuse."""
    out: list[str] = []
    stack: list[str] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "<":
            m = TAG.match(text, i)
            if m is None:
                raise HTMLParseError(
                    f'Can\'t parse entities: unexpected "<" at byte offset {_offset(text, i)}'
                )
            closing, name, attrs, selfclosing = (
                m.group(1),
                m.group(2).lower(),
                m.group(3),
                m.group(4),
            )
            if name not in ALLOWED_TAGS:
                what = "end" if closing else "start"
                raise HTMLParseError(
                    f'Can\'t parse entities: unsupported {what} tag "{name}" '
                    f"at byte offset {_offset(text, i)}"
                )
            if selfclosing:
                raise HTMLParseError(f'Can\'t parse entities: self-closing tag "{name}"')
            if closing:
                if not stack or stack[-1] != name:
                    raise HTMLParseError(
                        f"Can't parse entities: can't find end tag corresponding to start tag "
                        f'"{stack[-1] if stack else name}"'
                    )
                stack.pop()
            else:
                if name == "a" and "href" not in attrs:
                    raise HTMLParseError('Can\'t parse entities: tag "a" must have href')
                if name == "span" and "tg-spoiler" not in attrs:
                    raise HTMLParseError('Can\'t parse entities: tag "span" must have class')
                stack.append(name)
            i = m.end()
            continue
        if ch == "&":
            m = ENTITY.match(text, i)
            if m is None:
                raise HTMLParseError(
                    f"Can't parse entities: unsupported HTML entity at byte offset "
                    f"{_offset(text, i)}"
                )
            out.append(html.unescape(m.group(0)))
            i = m.end()
            continue
        out.append(ch)
        i += 1
    if stack:
        raise HTMLParseError(
            f"Can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\""
        )
    return "".join(out)


def utf16_length(text: str) -> int:
    """Telegram counts message length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def _offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


TEXT_LIMIT = 4096  # characters of a message's text, as Telegram counts them (UTF-16)


def text_problem(html: str) -> tuple[str, dict[str, int]] | None:
    """Why Telegram would refuse a message text (a message key and its values), or None:
    both front ends word it in the writer's language."""
    try:
        plain = parse(html)
    except HTMLParseError:
        return "broadcast-bad-html", {}
    if not plain.strip():
        return "error-empty", {}
    if utf16_length(plain) > TEXT_LIMIT:
        return "error-too-long", {"max": TEXT_LIMIT, "length": utf16_length(plain)}
    return None


# A small Markdown-like writing for broadcasts (the console's "formatting" choice), turned
# into Telegram's HTML: **bold**, _italic_, `code`, [text](https://link). Everything else
# is text: a `<` or `&` typed is shown as it is, never read as a tag.
_MARK = re.compile(
    r"\*\*(?P<b>[^*\n]+?)\*\*"
    r"|(?<![\w])_(?P<i>[^_\n]+?)_(?![\w])"
    r"|`(?P<code>[^`\n]+?)`"
    r"|\[(?P<text>[^\]\n]+)\]\((?P<href>(?:https?://|tg://|mailto:)[^\s)]+)\)"
)


def from_markdown(text: str) -> str:
    """Telegram HTML for the Markdown-like text (see above); safe whatever is typed."""
    out: list[str] = []
    last = 0
    for m in _MARK.finditer(text):
        out.append(html.escape(text[last : m.start()], quote=False))
        if m.group("b") is not None:
            out.append(f"<b>{html.escape(m.group('b'), quote=False)}</b>")
        elif m.group("i") is not None:
            out.append(f"<i>{html.escape(m.group('i'), quote=False)}</i>")
        elif m.group("code") is not None:
            out.append(f"<code>{html.escape(m.group('code'), quote=False)}</code>")
        else:
            href = html.escape(m.group("href"), quote=True)
            out.append(f'<a href="{href}">{html.escape(m.group("text"), quote=False)}</a>')
        last = m.end()
    out.append(html.escape(text[last:], quote=False))
    return "".join(out)


_PLAIN_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre",
               "blockquote"}  # fmt: skip
_HREF = re.compile(r"""href\s*=\s*["']((?:https?://|tg://|mailto:)[^"'<>\s]*)["']""")


def preview(telegram_html: str) -> str:
    """HTML a browser may show for a Telegram text: the text escaped again, and only the
    formatting tags and plain links let through (attributes dropped), so a preview never
    runs anything whatever was typed."""
    out: list[str] = []
    opened: list[str] = []
    last = 0
    for m in TAG.finditer(telegram_html):
        out.append(html.escape(html.unescape(telegram_html[last : m.start()]), quote=False))
        last = m.end()
        closing, name, attrs = m.group(1), m.group(2).lower(), m.group(3)
        shown = "a" if name == "a" else "span" if name in ("span", "tg-spoiler") else name
        if name not in _PLAIN_TAGS and shown not in ("a", "span"):
            continue
        if closing:
            if opened and opened[-1] == shown:
                out.append(f"</{opened.pop()}>")
            continue
        if shown == "a":
            link = _HREF.search(attrs or "")
            if link is None:
                continue
            out.append(f'<a href="{html.escape(html.unescape(link.group(1)))}" rel="noopener">')
        elif shown == "span":
            out.append('<span class="spoiler">')
        else:
            out.append(f"<{shown}>")
        opened.append(shown)
    out.append(html.escape(html.unescape(telegram_html[last:]), quote=False))
    out.extend(f"</{name}>" for name in reversed(opened))
    return "".join(out)
