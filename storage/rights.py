"""Who may do what: the core's one permission table.

Every write service of the core (catalogue, scheduler) calls `require` when it runs, so a
right is never trusted to a front end; the chat and the console read the same table
(`allowed`) to show or hide an action. Reading is in the table too (the READ_ actions): what
an organiser may see of an entry, a delegate, a connection is decided here, not by a page.
It lives below both halves of the core, beside the roles table it reads, so that the
scheduler (broadcasts, the agenda) checks rights the same way as the catalogue does.

`by=None` is the operator at the command line or in the settings (`cidi-bot roles grant`,
`SECRETARIAT_IDS`): whoever can run the command already holds the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import Role as RoleRow


class Role(StrEnum):
    """The roles a person holds: everybody is a delegate; the others are granted."""

    DELEGATE = "delegate"
    ORGANISER = "organiser"
    SECRETARIAT = "secretariat"


ROLES: Final = tuple(Role)
ADMIN_ROLES: Final = (Role.ORGANISER, Role.SECRETARIAT)  # the roles that are granted
OPERATOR: Final = None  # the command line and the settings


class Action(StrEnum):
    """What needs more than being a delegate."""

    REVIEW = "review"  # decide on submissions, correct or withdraw any entry
    EXPORT = "export"  # files with people's names: exports, the published catalogue
    MANAGE_ROLES = "manage_roles"  # grant, withdraw, invite
    VERIFY = "verify"  # confirm a delegate's affiliation
    BROKER = "broker"  # any partnership: move it on, drop it, name its third party
    BROADCAST = "broadcast"  # send or cancel a message to many
    AGENDA = "agenda"  # upload and apply an agenda
    FIGURES = "figures"  # the meeting's figures, the catalogue's working view, unmet needs
    CONSOLE = "console"  # sign in to the web console
    # What each role may read (the console's pages and the chat's views follow these):
    # the published catalogue as every delegate reads it (each entry's approved version, its
    # affiliation — organisation, country, kind of actor, verified —, its matches), and the
    # figures; no names, positions or contact details of people
    READ_CATALOGUE = "read_catalogue"
    # what reviewing needs: entries outside the catalogue (pending, rejected, withdrawn),
    # the version awaiting review, the review history with who decided
    READ_SUBMISSIONS = "read_submissions"
    # what brokering needs: owners' names, positions and contact details (whatever their
    # consent), delegates' profiles, connections and partnerships with their parties
    READ_PEOPLE = "read_people"


RIGHTS: Final[dict[Action, frozenset[Role]]] = {
    Action.REVIEW: frozenset({Role.SECRETARIAT}),
    Action.EXPORT: frozenset({Role.SECRETARIAT}),
    Action.MANAGE_ROLES: frozenset({Role.SECRETARIAT}),
    Action.VERIFY: frozenset({Role.SECRETARIAT}),
    Action.BROKER: frozenset({Role.SECRETARIAT}),
    Action.BROADCAST: frozenset(ADMIN_ROLES),
    Action.AGENDA: frozenset(ADMIN_ROLES),
    Action.FIGURES: frozenset(ADMIN_ROLES),
    Action.CONSOLE: frozenset(ADMIN_ROLES),
    Action.READ_CATALOGUE: frozenset(ADMIN_ROLES),
    Action.READ_SUBMISSIONS: frozenset({Role.SECRETARIAT}),
    Action.READ_PEOPLE: frozenset({Role.SECRETARIAT}),
}


class NotAllowed(Exception):
    """The person may not do this (checked when the action runs); nothing was changed.
    `why` is "role" (they do not hold it) or a rule's name ("own-role")."""

    def __init__(self, action: Action | str, why: str = "role") -> None:
        super().__init__(f"{action}: {why}")
        self.action, self.why = action, why


def roles_of(session: Session, user_id: int) -> set[Role]:
    """Everybody is a delegate; organiser and secretariat come from the roles table."""
    found = session.execute(select(RoleRow.role).where(RoleRow.user_id == user_id)).scalars()
    return {Role.DELEGATE, *(Role(r) for r in found)}


def allowed(held: Iterable[str], action: Action) -> bool:
    """Whether someone holding these roles may do this: what the front ends show."""
    return bool(RIGHTS[action] & set(held))


def require(session: Session, user_id: int | None, action: Action) -> None:
    """Raise NotAllowed unless `user_id` holds a role the action needs (or is the
    operator)."""
    if user_id is OPERATOR:
        return
    if not allowed(roles_of(session, user_id), action):
        raise NotAllowed(action)
