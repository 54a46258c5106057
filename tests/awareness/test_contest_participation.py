"""A unit's contest entries: the contest's table and the unit's page count them by one rule."""

import pytest

from lantoa.awareness import selectors_contests
from lantoa.awareness.selectors_contests import contest_participation, unit_participation
from lantoa.organization.models import Unit
from tests.awareness.contest_helpers import enter, open_round

pytestmark = pytest.mark.django_db


def test_it_counts_a_units_entries_on_its_page_as_the_contests_table_does(
    kl51_campaign, board_user, monkeypatch
):
    contest_round = open_round(kl51_campaign)
    enter(contest_round, name="Lò Văn A", right=5)
    enter(contest_round, name="Lò Văn C", right=4)
    enter(contest_round, name="Quàng Thị B", right=3, unit="03160")
    own = Unit.objects.get(code="03127")

    def both() -> tuple[int, int]:
        table = {p.unit_id: p.total for p in contest_participation(contest=contest_round.contest)}
        (page,) = unit_participation(user=board_user, campaign=kl51_campaign, unit=own)
        return table[own.pk], page.entries

    assert both() == (2, 2)
    # Whatever the rule of an entry that counts becomes, both read it from one place.
    counted = selectors_contests.entry_counts
    monkeypatch.setattr(
        selectors_contests,
        "entry_counts",
        lambda **kw: {key: n + 10 for key, n in counted(**kw).items()},
    )
    assert both() == (12, 12)
