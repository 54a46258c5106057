"""`lantoa awareness survey-results`: a survey's figures as JSON or text, none under five."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from lantoa.awareness.results import TOO_FEW
from tests.awareness.survey_helpers import answered, opened_survey

pytestmark = pytest.mark.django_db


def _run(survey_id: int, fmt: str) -> str:
    out = io.StringIO()
    call_command(
        "awareness", "survey-results", "--survey", str(survey_id), "--format", fmt, stdout=out
    )
    return out.getvalue()


def test_it_prints_participation_the_spread_and_masked_open_answers_as_json(kl51_campaign):
    survey = opened_survey(kl51_campaign, target=20)
    for n, value in enumerate([5, 4, 4, 2, 5]):
        answered(survey, f"may-{n}", value, "Gọi 0912345678" if n == 0 else f"Ý kiến {n}")
    data = json.loads(_run(survey.pk, "json"))
    assert (data["responses"], data["target"], data["progress"]) == (5, 20, 0.25)
    assert data["shown"] and data["unit"] == "03127"
    understanding = data["items"][0]
    assert understanding["counts"] == [0, 1, 0, 2, 2] and understanding["answers"] == 5
    assert understanding["agree"] == 4 and understanding["agree_share"] == 0.8
    assert understanding["agree_ci_low"] < 0.8 < understanding["agree_ci_high"]
    assert understanding["mean"] == pytest.approx(4.0)
    texts = data["open_answers"][0]["answers"]
    assert len(texts) == 5 and not any("0912345678" in t for t in texts)
    assert set(data) >= {"survey", "title", "audience", "state", "items"}
    assert "device" not in json.dumps(data)


def test_it_gives_no_figure_and_no_open_answer_under_five(kl51_campaign):
    survey = opened_survey(kl51_campaign)
    for n in range(4):
        answered(survey, f"may-{n}", 5, "Ý kiến riêng")
    data = json.loads(_run(survey.pk, "json"))
    assert data["responses"] == 4 and not data["shown"] and data["open_answers"] is None
    assert all(item["counts"] is None and item["mean"] is None for item in data["items"])
    text = _run(survey.pk, "text")
    assert "4/20 phiếu" in text and TOO_FEW in text and "Ý kiến riêng" not in text


def test_it_refuses_an_unknown_survey():
    with pytest.raises(CommandError, match="Không có khảo sát số 999"):
        _run(999, "json")
