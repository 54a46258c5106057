"""The last sitting's routes × every role but board staff, asked for real with foreign ids.

The guidance review screen (its group narrowing and «Bỏ cả nhóm»), the duplicate-upload notice,
the user's own authenticator replacement and the 405 page: every role of the matrix, and a
reporter of the provincial police committee, is refused the board's screens and changes nothing.
"""

import pyotp
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from lantoa.accounts.mfa import totp_enrol_confirm, totp_new_secret
from lantoa.accounts.models import TotpDevice
from lantoa.campaigns.models import Campaign
from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
from lantoa.guidance.models import GuidanceDocument
from lantoa.organization.models import Unit, UnitKind
from tests.conftest import SEED_NAME, client_for, make_user, seed_bytes
from tests.guidance.test_review_flow import review_post_data
from tests.test_role_matrix import ROLES

pytestmark = pytest.mark.django_db

# Every role but the board's own staff, and a reporter of the provincial police committee.
PROBED = {**{r: ROLES[r] for r in ROLES if r != "board"}, "police": ("DU-CA", "reporter")}
REFUSED = (403, 404)
SECRET_HEADING = "Sở Tư pháp riêng của Ban"


def probe_user(role: str):  # type: ignore[no-untyped-def]
    from django.contrib.auth import get_user_model

    from tests.conftest import PASSWORD

    unit_code, role_name = PROBED[role]
    if unit_code is None:
        return get_user_model().objects.create_user(f"probe.{role}", password=PASSWORD)
    return make_user(f"probe.{role}", unit_code, role_name)


def draft(board_user) -> GuidanceDocument:  # type: ignore[no-untyped-def]
    groups = [
        GroupProposal(
            heading="Đảng ủy Công an tỉnh",
            kinds=[UnitKind.AFFILIATED],
            tasks=[TaskProposal(text="Phát hiện, xử lý thông tin sai trái.")],
        ),
        GroupProposal(heading=SECRET_HEADING, tasks=[TaskProposal(text="Theo dõi, đôn đốc.")]),
    ]
    proposal = CampaignProposal(title="Đợt thử", subject_type="Kết luận", groups=groups)
    return GuidanceDocument.objects.create(
        owner=Unit.objects.get(code="BTGDVTU"),
        proposal=proposal.to_json(),
        uploaded_by=board_user,
        text="Kết luận 51-KL/TW",
    )


@pytest.mark.parametrize("role", sorted(PROBED))
def test_it_refuses_the_review_screen_and_its_group_edits_to_every_other_role(role, board_user):
    document = draft(board_user)
    # What board staff would post: the first group narrowed to one foreign commune, the
    # second dropped whole, then confirmed with «Vẫn tạo đợt mới».
    posted = review_post_data(client_for(board_user), document.pk)
    posted["groups-0-units"] = [str(Unit.objects.get(code="03160").pk)]
    posted["groups-1-remove"] = "on"
    posted["duplicate_ok"] = "1"
    before = (GuidanceDocument.objects.count(), Campaign.objects.count(), document.proposal)
    client = client_for(probe_user(role))
    review = reverse("guidance:review", args=[document.pk])
    page = client.get(review)
    assert page.status_code in REFUSED, (role, page.status_code)
    assert SECRET_HEADING not in page.content.decode()
    for action in ("save", "confirm"):
        answer = client.post(review, {**posted, "action": action})
        assert answer.status_code in REFUSED, (role, action, answer.status_code)
    assert client.get(reverse("guidance:original", args=[document.pk])).status_code in REFUSED
    # The same text uploaded again: the duplicate notice is the board's, and nothing is stored.
    upload = client.post(
        reverse("guidance:upload"), {"tep": SimpleUploadedFile(SEED_NAME, seed_bytes())}
    )
    assert upload.status_code in REFUSED, (role, upload.status_code)
    document.refresh_from_db()
    after = (GuidanceDocument.objects.count(), Campaign.objects.count(), document.proposal)
    assert before == after
    # The same post is one board staff may make: the refusals above are the role's.
    saved = client_for(board_user).post(review, {**posted, "action": "save"})
    assert saved.status_code == 302
    document.refresh_from_db()
    assert [g["heading"] for g in document.proposal["groups"]] == ["Đảng ủy Công an tỉnh"]


@pytest.mark.parametrize("role", sorted(PROBED))
def test_it_replaces_no_one_elses_authenticator(role, board_user):
    # mfa_replace takes no id: the code of another user's phone replaces nothing of theirs.
    secret = totp_new_secret()
    totp_enrol_confirm(user=board_user, secret=secret, code=pyotp.TOTP(secret).now())
    TotpDevice.objects.filter(user=board_user).update(last_step=0)
    client = client_for(probe_user(role))
    replace = reverse("accounts:mfa_replace")
    assert client.get(replace)["Location"].startswith(reverse("accounts:mfa_enrol"))
    answer = client.post(replace, {"ma": pyotp.TOTP(secret).now(), "user": board_user.pk})
    assert answer.status_code == 302
    assert TotpDevice.objects.filter(user=board_user, confirmed_at__isnull=False).exists()


@pytest.mark.parametrize("role", sorted(PROBED))
def test_it_answers_a_get_on_a_form_only_address_with_the_page_and_nothing_else(role, board_user):
    from lantoa.api.models import ApiToken
    from lantoa.api.services import api_token_issue

    token = api_token_issue(
        user=board_user, membership_id=board_user.memberships.get().pk, name="Phần mềm Ban"
    ).token
    client = client_for(probe_user(role))
    revoke = reverse("api_tokens:revoke", args=[token.pk])
    page = client.get(revoke)
    body = page.content.decode()
    assert page.status_code == 405 and "Không mở được địa chỉ này" in body
    assert "Phần mềm Ban" not in body and token.prefix not in body
    assert client.post(revoke).status_code == 404
    assert ApiToken.objects.get(pk=token.pk).revoked_at is None
