"""The contest's .xlsx export: participation per unit and each round's ranking and winners."""

from __future__ import annotations

import io

import openpyxl
from django.utils import timezone

from lantoa.awareness.models import Contest
from lantoa.awareness.selectors_contests import contest_participation, mask_phone, round_ranking
from lantoa.core.cells import append_row

PROVISIONAL = "Vòng thi đang mở: xếp hạng tạm thời, chưa xác định người đoạt giải."


def contest_workbook(*, contest: Contest, full_phones: bool) -> bytes:
    """Return the workbook; phones are whole only in the prize committee's copy."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = "Tham gia theo đơn vị"
    rounds = list(contest.rounds.order_by("number"))
    append_row(sheet, [contest.title])
    append_row(sheet, ["Đơn vị", *[f"Vòng {r.number}" for r in rounds], "Tổng"])
    for row in contest_participation(contest=contest):
        append_row(sheet, [row.name, *row.by_round, row.total])
    for contest_round in rounds:
        ranked, answer = round_ranking(contest_round=contest_round, winners=contest.winners)
        page = workbook.create_sheet(f"Vòng {contest_round.number}")
        provisional = [PROVISIONAL] if ranked and not ranked[0].final else []
        append_row(
            page, [f"Câu hỏi phụ: {contest_round.tie_break}", f"Đáp án: {answer}", *provisional]
        )
        append_row(
            page,
            [
                "Hạng",
                "Họ và tên",
                "Đơn vị",
                "Số điện thoại",
                "Số câu đúng",
                "Dự đoán",
                "Chênh lệch",
                "Thời gian làm bài (giây)",
                "Nộp lúc",
                "Đoạt giải",
            ],
        )
        for r in ranked:
            e = r.entry
            append_row(
                page,
                [
                    r.place,
                    e.name,
                    e.unit.name,
                    e.phone if full_phones else mask_phone(e.phone),
                    e.score,
                    e.tie_break_guess,
                    r.distance,
                    round(e.duration_ms / 1000, 1),
                    timezone.localtime(e.submitted_at).strftime("%d/%m/%Y %H:%M:%S"),
                    ("Có" if r.final else "Tạm dẫn đầu") if r.winner else "",
                ],
            )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
