"""Loads the demo campaign by parsing the shipped KL 51 guidance, as a board user would."""

from __future__ import annotations

from pathlib import Path

from django.db import transaction

from lantoa.campaigns.models import Campaign
from lantoa.campaigns.proposal import CampaignProposal
from lantoa.guidance.models import GuidanceDocument
from lantoa.guidance.services import guidance_confirm, guidance_document_create
from lantoa.organization.models import Unit, UnitKind

SEED = Path(__file__).resolve().parent / "demo" / "kl51-huong-dan-dien-bien.txt"


@transaction.atomic
def campaign_load_demo() -> Campaign:
    """Parse and confirm the KL 51 guidance once; a second call returns the same campaign."""
    existing = GuidanceDocument.objects.filter(filename=SEED.name, campaign__isnull=False).first()
    if existing and existing.campaign:
        return existing.campaign
    board = Unit.objects.get(kind=UnitKind.BOARD, code="BTGDVTU")
    document = guidance_document_create(
        owner=board, filename=SEED.name, data=SEED.read_bytes(), user=None
    )
    proposal = CampaignProposal.from_json(document.proposal)
    return guidance_confirm(document=document, proposal=proposal, user=None)
