"""An entry's answers are options the question has: a forged post stores nothing."""

import pytest

from lantoa.awareness.models import ContestEntry
from lantoa.awareness.services_contests import contest_enter
from lantoa.awareness.tickets import ticket_issue, ticket_read
from lantoa.core.errors import Refused
from lantoa.organization.models import Unit
from tests.awareness.contest_helpers import open_round

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("forged", [[99], [-1], [0, 1]])
def test_it_refuses_an_option_the_question_does_not_have(kl51_campaign, forged):
    contest_round = open_round(kl51_campaign)
    ticket = ticket_issue(contest_round=contest_round)
    order = ticket_read(contest_round=contest_round, ticket=ticket)[1]
    answers = {pk: [0] for pk in order} | {order[0]: forged}
    with pytest.raises(Refused) as refused:
        contest_enter(
            contest_round=contest_round,
            ticket=ticket,
            token="t",
            name="Lò Văn A",
            unit_id=Unit.objects.get(code="03127").pk,
            phone="",
            consent=True,
            answers=answers,
            tie_break_guess=10,
        )
    assert refused.value.fields == {f"q{order[0]}": "Chọn một phương án trong câu hỏi."}
    assert not ContestEntry.objects.exists()
