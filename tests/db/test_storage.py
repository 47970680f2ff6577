"""The schema migrates on SQLite and PostgreSQL, and keeps times in UTC."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select, text

from catalogue import delegates, roles, searches
from storage.db import is_current, make_engine, make_session_factory, transaction, upgrade
from storage.models import Base, Connection, Delegate, Entry, SavedSearch


def test_migrations_apply_twice_without_harm(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    upgrade(engine)
    assert is_current(engine)
    engine.dispose()


def test_the_migrations_build_exactly_the_tables_the_models_describe(db_url: str) -> None:
    """A model changed without its migration would work in tests that create nothing and
    break the first deployment that upgrades."""
    engine = make_engine(db_url)
    upgrade(engine)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert differences == []


def test_sqlite_runs_in_wal_mode(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_times_come_back_aware_and_in_utc(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    lima = datetime(2021, 12, 2, 9, 30, tzinfo=timezone(timedelta(hours=-5)))
    with transaction(factory) as session:
        delegates.ensure(session, 1, "es", None, lima)
    with factory() as session:
        row = session.get(Delegate, 1)
        assert row is not None and row.created_at == lima and row.created_at.tzinfo is not None
        assert row.created_at.utcoffset() == timedelta(0)
    engine.dispose()


def test_a_naive_time_is_refused(sqlite_url: str) -> None:
    engine = make_engine(sqlite_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    with pytest.raises(Exception, match="naive"), transaction(factory) as session:
        delegates.ensure(session, 1, "es", None, datetime(2021, 12, 2))
    engine.dispose()


def test_roles_from_the_settings_are_granted_once(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    now = datetime(2021, 12, 1, tzinfo=UTC)
    for _ in range(2):
        with transaction(factory) as session:
            roles.bootstrap_roles(session, [5], [6, 5], now)
    with factory() as session:
        assert roles.roles_of(session, 5) == {"delegate", "secretariat", "organiser"}
        assert roles.roles_of(session, 6) == {"delegate", "organiser"}
        assert roles.roles_of(session, 7) == {"delegate"}
    engine.dispose()


def test_the_per_update_read_carries_the_users_roles(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    now = datetime(2021, 12, 1, tzinfo=UTC)
    with transaction(factory) as session:
        for uid in (5, 6, 7):
            delegates.ensure(session, uid, "es", None, now)
        roles.bootstrap_roles(session, [5], [6, 5], now)
    with engine.connect() as conn:
        seen = {uid: delegates.presence(conn, uid) for uid in (5, 6, 7, 8)}
    assert seen[5] is not None and seen[5].roles == {"delegate", "secretariat", "organiser"}
    assert seen[6] is not None and seen[6].roles == {"delegate", "organiser"}
    assert seen[7] is not None and seen[7].roles == {"delegate"}
    assert seen[8] is None  # no row: the caller falls back to the roles table
    engine.dispose()


def test_a_connection_the_server_dropped_while_idle_is_replaced_not_used(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has no server to lose the connection")
    engine, admin = make_engine(db_url), make_engine(db_url)
    with engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
    with admin.connect() as conn:  # as a server restart would
        conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
    import storage.db

    monkeypatch.setattr(storage.db, "IDLE_PING", 0.0)  # it has rested long enough
    with engine.connect() as conn:
        assert conn.execute(text("SELECT pg_backend_pid()")).scalar() != pid
    engine.dispose()
    admin.dispose()


def test_stored_search_queries_go_after_two_weeks_and_with_forget_me(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    now = datetime(2021, 12, 20, tzinfo=UTC)
    with transaction(factory) as session:
        delegates.ensure(session, 1, "en", None, now)
        for user_id, age_days, query in [
            (1, 15, "old query of one"),
            (1, 1, "recent query of one"),
            (2, 15, "old query of two"),
            (2, 13, "recent query of two"),
        ]:
            session.add(
                SavedSearch(user_id=user_id, query=query, created_at=now - timedelta(days=age_days))
            )
    with transaction(factory) as session:
        assert searches.prune(session, now) == 2
    with transaction(factory) as session:
        assert delegates.forget(session, 1, now)
    with factory() as session:
        left = session.query(SavedSearch.user_id, SavedSearch.query).all()
    assert [tuple(row) for row in left] == [(2, "recent query of two")]
    engine.dispose()


def test_entries_stored_with_the_old_provider_role_migrate_to_facilitator(db_url: str) -> None:
    """An existing database keeps its data: 'provider' (this project's first word for the
    facilitating partner) becomes 'facilitator', in the entry and its published snapshot."""
    from alembic import command

    from storage.db import _alembic_config

    engine = make_engine(db_url)
    command.upgrade(_alembic_config(engine), "0012")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO entries (kind, source, status, version, language, title, description,"
                " area, cooperation_type, modality, role, countries, time_frame, created_at,"
                " updated_at, published) VALUES ('offer', 'bot', 'approved', 2, 'en', 'T', 'D',"
                " 'health', 'programme', 'triangular', 'provider', '[\"HT\"]', 'short', :now,"
                " :now, :published)"
            ),
            {"now": datetime(2021, 12, 2, tzinfo=UTC), "published": '{"role": "provider"}'},
        )
    upgrade(engine)
    with engine.connect() as conn:
        role, published = conn.execute(text("SELECT role, published FROM entries")).one()
    assert role == "facilitator"
    snapshot = json.loads(published) if isinstance(published, str) else published
    assert snapshot["role"] == "facilitator"
    engine.dispose()


def test_stored_json_nulls_become_sql_nulls_and_old_contacts_learn_the_requesters_entry(
    db_url: str,
) -> None:
    """Data written before migration 0020: a withdrawn entry whose `published` is the JSON
    text null (which `IS NOT NULL` took for an entry in the catalogue), and a contact request
    made from a match that never recorded the requester's own entry."""
    from alembic import command

    from catalogue import entries, stats
    from storage.db import _alembic_config

    engine = make_engine(db_url)
    command.upgrade(_alembic_config(engine), "0019")
    now = datetime(2021, 12, 2, tzinfo=UTC)
    columns = (
        "kind, owner_id, source, status, version, title, description, area, cooperation_type, "
        "modality, countries, target_groups, time_frame, language, published, created_at, "
        "updated_at"
    )
    with engine.begin() as conn:
        for entry_id, kind, owner, status, published in (
            (1, "need", 11, "approved", '{"kind": "need", "title": "Need", "area": "health"}'),
            (2, "offer", 12, "approved", '{"kind": "offer", "title": "Offer", "area": "health"}'),
            (3, "offer", 13, "withdrawn", "null"),
        ):
            conn.execute(
                text(f"INSERT INTO entries (id, {columns}) VALUES (:id, :kind, :owner, 'bot', "
                     ":status, 2, :title, 'A description', 'health', 'programme', "
                     "'south_south', '[\"CL\"]', '[]', 'short', 'en', :published, :now, :now)"),
                {"id": entry_id, "kind": kind, "owner": owner, "status": status,
                 "title": f"Entry {entry_id}", "published": published, "now": now},
            )  # fmt: skip
        conn.execute(
            text("INSERT INTO match_pairs (need_id, offer_id, score, reasons, created_at, "
                 "need_dismissed, offer_dismissed) VALUES (1, 2, 80, '[]', :now, false, false)"),
            {"now": now},
        )  # fmt: skip
        conn.execute(
            text("INSERT INTO connections (entry_id, requester_id, owner_id, status, created_at)"
                 " VALUES (2, 11, 12, 'accepted', :now)"),
            {"now": now},
        )  # fmt: skip
        assert (
            conn.execute(text("SELECT count(*) FROM entries WHERE published IS NOT NULL")).scalar()
            == 3
        )
    upgrade(engine)
    factory = make_session_factory(engine)
    with factory() as session:
        shown = session.execute(select(Entry.id).where(entries.IN_CATALOGUE)).scalars().all()
        assert sorted(shown) == [1, 2]  # the withdrawn entry is out of the catalogue at last
        assert stats.figures(session)["entries"]["in_catalogue"] == {"need": 1, "offer": 1}
        connection = session.execute(select(Connection)).scalar_one()
        assert connection.requester_entry_id == 1  # the need that led to the offer
    engine.dispose()


def test_invitations_made_before_0022_are_stored_hashed_and_still_work(db_url: str) -> None:
    """Migration 0022 replaces each stored invitation token by its SHA-256: the link sent
    before the upgrade still grants its role, and the database no longer holds it."""
    from alembic import command

    from storage.db import _alembic_config

    engine = make_engine(db_url)
    command.upgrade(_alembic_config(engine), "0021")
    now = datetime(2021, 12, 2, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO invitations (token, role, created_by, created_at, expires_at)"
                " VALUES ('sent-before-the-upgrade-abc', 'organiser', 1, :now, :later)"
            ),
            {"now": now, "later": now + timedelta(days=2)},
        )
    upgrade(engine)
    with engine.connect() as conn:
        stored = conn.execute(text("SELECT token_hash FROM invitations")).scalar_one()
    assert stored != "sent-before-the-upgrade-abc" and len(stored) == 64
    sessions = make_session_factory(engine)
    with transaction(sessions) as session:
        assert roles.redeem(session, "sent-before-the-upgrade-abc", 42, now) == ("ok", "organiser")
    engine.dispose()


def test_a_new_invitation_token_is_never_stored(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    now = datetime(2021, 12, 2, tzinfo=UTC)
    with transaction(sessions) as session:
        roles.grant(session, 1, "secretariat", now)
        token = roles.invite(session, "organiser", 1, now).token
    with engine.connect() as conn:
        dump = json.dumps(
            [list(map(str, r)) for r in conn.execute(text("SELECT * FROM invitations"))]
        )
    assert token not in dump
    with transaction(sessions) as session:
        assert roles.redeem(session, token, 7, now) == ("ok", "organiser")
        assert roles.redeem(session, token, 8, now) == ("used", None)
    engine.dispose()
