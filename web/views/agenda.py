"""`/agenda`: the agenda in force; a new file is uploaded, its difference shown with how
many followers will be told, then applied on confirmation (scheduler.agenda_store, the
same rules as `cidi-bot agenda import` and the chat's upload)."""

from __future__ import annotations

from babel.dates import get_timezone_location

from scheduler import agenda_store
from scheduler.agenda import Agenda
from web.http import Page, Redirect, Req


def _current(req: Req) -> Agenda:
    return agenda_store.current(req.session, req.console.agenda_file)


def page(req: Req, preview: agenda_store.Preview | None = None, told: int = 0) -> Page:
    agenda = _current(req)
    return Page(
        "agenda.html",
        {
            "agenda": agenda,
            "city": get_timezone_location(agenda.timezone, locale=req.lang, return_city=True),
            "text": lambda s, f: s.text(f, req.lang, agenda.default_language),
            "preview": preview,
            "told": told,
            "MAX_KB": agenda_store.MAX_FILE_BYTES // 1024,
        },
    )


def upload(req: Req) -> Page | Redirect:
    """The file checked and its difference shown, to be applied or not (a refusal: back
    to the agenda with what is wrong)."""
    data = req.files.get("file", b"")
    preview = agenda_store.stage(req.session, req.user_id, data, req.console.agenda_file)
    if preview.refused is not None:
        listing = "; ".join(str(p) for p in preview.problems[:15])
        req.flash.append((
            "warn" if preview.refused == "nochange" else "bad",
            req.t(f"agenda-upload-{preview.refused}", problems=listing,
                  max=agenda_store.MAX_FILE_BYTES // 1024),
        ))  # fmt: skip
        return Redirect("/agenda")
    assert preview.change is not None
    told = agenda_store.to_be_told(req.session, preview.change, req.console.reminder_lead)
    return page(req, preview, told)


def apply(req: Req) -> Redirect:
    confirm = req.one("confirm") == "yes"
    result = agenda_store.apply_staged(
        req.session, req.user_id, confirm, req.now, req.console.reminder_lead,
        req.console.agenda_file,
    )  # fmt: skip
    if result is None:
        req.flash.append(("warn", req.t("web-agenda-nothing-staged")))
    elif result is False:
        req.flash.append(("ok", req.t("agenda-upload-kept")))
    else:
        assert not isinstance(result, bool)
        req.flash.append(("ok", req.t("agenda-upload-applied", notices=result.told)))
    return Redirect("/agenda")
