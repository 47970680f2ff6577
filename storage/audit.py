"""The audit history: who did what, when, from which front end. Its one write path."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from storage.models import AuditEntry


def audit(
    session: Session,
    now: datetime,
    actor: int | None,
    action: str,
    target: str | None,
    detail: dict[str, Any] | None = None,
) -> None:
    session.add(
        AuditEntry(
            at=now,
            actor_id=actor,
            action=action,
            target=target,
            detail=json.dumps(detail, ensure_ascii=False) if detail else None,
            via=session.info.get("via", "chat"),
        )
    )
