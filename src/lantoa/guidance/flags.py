"""The review screen's «Cần kiểm tra»: what the draft still lacks, asked of it as it stands."""

from __future__ import annotations

import datetime
from dataclasses import asdict

from lantoa.campaigns.proposal import CampaignProposal, group_gives_no_unit
from lantoa.campaigns.window import campaign_end
from lantoa.guidance.parsing.checks import (
    NO_GROUP_FLAGS,
    asked_of_the_draft,
    fields_missing,
    undated_task_flag,
    undated_within_days,
)

NO_GROUPS = "Chưa có nhóm đơn vị nào: thêm nhóm và nhiệm vụ, hoặc bỏ các mục không cần giao."


# A flag and the element of the review screen it leads to.
Flag = tuple[str, str]


def reading_notes(*, proposal: CampaignProposal) -> list[str]:
    """Return the parser's notes on how it read the text (two signature blocks, channels read
    from the whole text): checked once, never done, so kept apart from what is still to do."""
    return [flag for flag in proposal.review_flags if not asked_of_the_draft(flag)]


def draft_flags(
    *, proposal: CampaignProposal, reach_counts: list[int], today: datetime.date
) -> list[Flag]:
    """Return what the reviewer should still check or give, from the draft as it stands.

    `reach_counts` holds how many units in force each of the draft's groups reaches. A field
    the parser found missing is flagged while it is still empty (a field a text may lack, as a
    place, is not asked of a draft typed by hand); every group and task is asked again, as the
    reviewer may have added, moved or renamed them; a date before `today` is flagged. The
    parser's notes on its reading are `reading_notes`.
    """
    stored = set(proposal.review_flags)
    flags = [
        (f"id_{field}", message)
        for field, message in fields_missing(asdict(proposal))
        if message in stored
    ]
    if not proposal.groups and any(flag in NO_GROUP_FLAGS for flag in proposal.review_flags):
        flags.append(("id_groups-0-heading", NO_GROUPS))
    if (end := campaign_end(proposal)) and end < today:
        late_end = (
            f"Cao điểm kết thúc ngày {end:%d/%m/%Y}, đã qua: các đơn vị sẽ không ghi nhận được "
            "hoạt động nào sau ngày này; kiểm tra lại thời gian hoặc đánh dấu duy trì thường "
            "xuyên, liên tục."
        )
        flags.append(("id_peak_end", late_end))
    number = 0
    for index, group in enumerate(proposal.groups):
        if group_gives_no_unit(group=group, reaches=reach_counts[index] > 0):
            no_unit = (
                f"Nhóm {index + 1} «{group.heading}»: chưa có đơn vị nào nhận nhiệm vụ; chọn "
                "loại đơn vị hoặc các đơn vị cụ thể."
            )
            flags.append((f"id_groups-{index}-kinds", no_unit))
        for task in group.tasks:
            number += 1  # numbered as the screen numbers the tasks, group after group
            due = f"id_tasks-{number - 1}-due_date"
            if undated_within_days(kind=task.deadline_kind, due=task.due_date):
                name = f"Nhiệm vụ {number}" + (f" ({task.ref})" if task.ref else "")
                flags.append((due, undated_task_flag(name=name, deadline_text=task.deadline_text)))
            elif task.due_date and task.due_date < today:
                # As a report request's due date already past is refused (reporting.forms).
                past = (
                    f"Nhiệm vụ {number}: hạn hoàn thành {task.due_date:%d/%m/%Y} đã qua: mọi "
                    "đơn vị sẽ bị tính chậm ngay khi nhận nhiệm vụ; kiểm tra lại hạn."
                )
                flags.append((due, past))
    return flags
