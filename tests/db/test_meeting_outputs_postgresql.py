"""The rehearsed meeting's invariants on PostgreSQL: the tests of test_meeting_outputs.py
that read the meeting (not its documents, read back once from the SQLite meeting), collected
here against a meeting built on PostgreSQL. A file of its own so that pytest-xdist builds
the two meetings on two workers at once."""

from __future__ import annotations

import pytest

from tests.db.test_meeting_outputs import (  # noqa: F401 - collected here, on PostgreSQL
    Meeting,
    built,
    test_a_partnership_counts_on_both_entries_it_joins,
    test_an_approved_entry_with_an_edit_waiting_counts_with_its_approved_version,
    test_countries_are_in_the_alphabetical_order_of_the_readers_language,
    test_demo_meeting_wants_an_empty_database,
    test_every_entry_in_the_catalogue_appears_once_in_each_output_and_nothing_else,
    test_member_states_taking_part_are_member_states_with_a_state_delegate,
    test_no_entry_holds_a_json_null_where_sql_sees_a_value,
    test_no_group_of_any_output_is_nameless,
    test_report_stats_console_catalogue_and_export_count_the_same_entries,
    test_the_meeting_figures_add_up_in_the_report_stats_and_the_database,
    test_the_rehearsal_went_through_every_path,
    test_the_reports_tables_are_in_the_alphabetical_order_of_each_language,
    test_the_reports_totals_equal_the_sums_of_its_own_tables,
)


@pytest.fixture
def meeting(tmp_path_factory: pytest.TempPathFactory) -> Meeting:
    """The rehearsed meeting on PostgreSQL (skipped with its reason when not configured)."""
    return built("postgresql", tmp_path_factory)
