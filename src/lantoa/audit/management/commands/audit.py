"""`lantoa audit verify|reanchor`: check the keyed chain and its anchor, or restart the anchor."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError

from lantoa.audit.anchor import anchor_path
from lantoa.audit.services import (
    ANCHOR_DAMAGED,
    CHANGED,
    MISSING,
    RELINKED,
    REPLACED,
    TRUNCATED,
    ChainCheck,
    audit_anchor_restart,
    audit_chain_verify,
    audit_head_status,
)
from lantoa.core.commands import ActionCommand


def describe(check: ChainCheck) -> str:
    """Return what a failed check found, naming the first bad entry."""
    at = f"entry #{check.first_broken_seq} (id {check.first_broken_id})"
    return {
        CHANGED: f"{at} does not match its MAC: a field was changed or the MACs were recomputed",
        RELINKED: f"{at} does not point at the entry before it",
        MISSING: f"entry #{check.first_broken_seq} is missing (deleted), found at id "
        f"{check.first_broken_id}",
        REPLACED: f"{at} is not the entry anchored under that number: entries were deleted and "
        "replaced",
        TRUNCATED: f"entries #{check.first_broken_seq} to #{check.anchor_seq} are missing: the "
        f"anchor {anchor_path()} is ahead of the database (the last entries were deleted)",
        ANCHOR_DAMAGED: f"line {check.anchor_line} of the anchor {anchor_path()} is not a head",
    }[check.fault]


class Command(ActionCommand):
    help = (
        "Audit log tools: `verify` recomputes the keyed chain and compares it with the anchor "
        "(exit 1 when anything is wrong); `reanchor --reason …` starts a new anchor at the "
        "database's head after a restore (the old anchor file is kept aside)."
    )

    def add_actions(self, actions: Any) -> None:
        """Declare the verify and reanchor subcommands."""
        actions.add_parser("verify", help="recompute the chain and compare it with the anchor")
        reanchor = actions.add_parser("reanchor", help="start a new anchor after a restore")
        reanchor.add_argument("--reason", default="", help="why the anchor restarts")

    def do_reanchor(self, options: dict[str, Any]) -> None:
        """Start a new anchor at the database's head, keeping the old file aside."""
        if not options["reason"].strip():
            raise CommandError("reanchor needs --reason (it is written in the audit log)")
        aside = audit_anchor_restart(reason=options["reason"].strip())
        self.stdout.write(f"new anchor started; the old one is kept as {aside or 'nothing'}")

    def do_verify(self, options: dict[str, Any]) -> None:
        """Recompute the keyed chain; exit 1 when it or the anchor is wrong."""
        check = audit_chain_verify()
        if not check.intact:
            raise CommandError(
                f"audit chain BROKEN: {describe(check)} ({check.entries} entries read)"
            )
        head = audit_head_status()
        lag = f", anchor {head.lag} behind" if head.lag else ""
        anchored = "unanchored" if head.anchor_seq is None else f"anchored at #{head.anchor_seq}"
        self.stdout.write(
            f"audit chain intact: {check.entries} entries, head #{head.seq or 0} "
            f"{head.short_mac or '-'}, {anchored}{lag}"
        )
