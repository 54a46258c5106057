"""`guidance parse FILE` and `guidance evaluate DIR`: run the guidance parser from the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from lantoa.core.commands import ActionCommand, existing_file
from lantoa.guidance.parsing import DocumentError
from lantoa.guidance.parsing.evaluate import (
    SPLITS,
    TEXT_SUFFIXES,
    CorpusError,
    corpus_dict,
    evaluate_corpus,
    format_corpus,
)
from lantoa.guidance.reading import guidance_file_parse, guidance_size_check


def _as_text(data: dict[str, Any]) -> str:
    """Return a short human-readable summary of a parse."""
    doc, subj = data["document"], data["subject"]
    lines = [
        f"Loại: {doc['type'] or '—'}   Số: {doc['number'] or '—'}   Ngày: {doc['date'] or '—'}",
        f"Cơ quan ban hành: {doc['issuer'] or '—'}   Địa danh: {doc['place'] or '—'}",
        f"Văn bản chỉ đạo: {subj['type'] or ''} {subj['number'] or '—'} ({subj['date'] or '—'}) "
        f"{subj['issuer'] or ''}",
        f"Kênh: {', '.join(c['code'] for c in data['channels']) or '—'}",
        f"Cao điểm: {data['schedule']['peak_start'] or '—'} → {data['schedule']['peak_end'] or '—'}"
        f"{' (duy trì liên tục)' if data['schedule']['continuous'] else ''}",
    ]
    for group in data["unit_groups"]:
        lines.append(
            f"[{group['ref']}] {group['heading']} ({', '.join(group['unit_kinds']) or '?'})"
        )
        for task in group["tasks"]:
            deadline = (
                task["deadline"]["date"] or task["deadline"]["kind"] if task["deadline"] else "—"
            )
            unit = f" [{task['unit']}]" if task["unit"] else ""
            lines.append(f"  - {task['ref']}{unit}: hạn {deadline}")
    lines.append(f"Nơi nhận: {len(data['recipients'])}")
    signer = doc["signer"]
    lines.append(
        f"Người ký: {signer['mode'] or ''} {signer['title'] or '—'} {signer['name'] or '—'}"
    )
    lines.extend(f"! {flag}" for flag in data["review_flags"])
    return "\n".join(lines)


class Command(ActionCommand):
    """Parse a guidance file or evaluate the parser on a corpus folder."""

    help = "Phân tích văn bản hướng dẫn (parse FILE) hoặc đánh giá bộ phân tích (evaluate DIR)."

    def add_actions(self, actions: Any) -> None:
        """Declare the parse, read and evaluate subcommands."""
        parse = actions.add_parser("parse", help="Phân tích một tệp .txt/.docx/.pdf/.html")
        parse.add_argument("file")
        parse.add_argument("--format", choices=["json", "text"], default="json")
        read = actions.add_parser(
            "read", help="Đọc ngay một văn bản đã tải lên đang chờ (việc của tiến trình nền)"
        )
        read.add_argument("document_id", type=int)
        evaluate = actions.add_parser(
            "evaluate", help="Đánh giá precision/recall/F1 trên thư mục mẫu đã gán nhãn"
        )
        evaluate.add_argument("directory", nargs="?", help="thư mục mẫu (như --corpus)")
        evaluate.add_argument("--corpus", help="thư mục mẫu: NAME.txt|.html + NAME.expected.json")
        evaluate.add_argument(
            "--texts",
            help="thư mục chứa văn bản NAME.txt|.html khi văn bản để riêng ngoài thư mục nhãn",
        )
        evaluate.add_argument("--split", choices=SPLITS, default="all")
        evaluate.add_argument("--format", choices=["json", "text"], default="text")
        evaluate.add_argument("--mismatches", action="store_true", help="liệt kê các sai lệch")

    def do_parse(self, options: dict[str, Any]) -> None:
        """Print what the parser reads in one file, as JSON or text."""
        path = existing_file(options["file"])
        try:
            # The same check, cap and child process as the web upload.
            guidance_size_check(path.stat().st_size)
            _text, parsed = guidance_file_parse(path.read_bytes(), path.name)
        except PermissionError as exc:
            raise CommandError(f"Không có quyền đọc tệp {path}.", returncode=1) from exc
        except OSError as exc:
            raise CommandError(f"Không đọc được tệp {path}.", returncode=1) from exc
        except DocumentError as exc:
            raise CommandError(exc.message, returncode=1) from exc
        if options["format"] == "json":
            self.stdout.write(json.dumps(parsed, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(_as_text(parsed))

    def do_read(self, options: dict[str, Any]) -> None:
        """Run the worker's reading of one uploaded document here (for debugging)."""
        from lantoa.guidance.models import GuidanceDocument
        from lantoa.guidance.services import guidance_document_read

        document = GuidanceDocument.objects.filter(pk=options["document_id"]).first()
        if document is None:
            raise CommandError(f"Không có văn bản số {options['document_id']}.", returncode=1)
        document = guidance_document_read(document=document)
        self.stdout.write(f"Văn bản {document.pk}: {document.get_status_display()}")
        if document.error:
            raise CommandError(document.error, returncode=1)

    def do_evaluate(self, options: dict[str, Any]) -> None:
        """Print the scores of the parser on an annotated corpus folder, per kind of document."""
        given = options["corpus"] or options["directory"]
        if not given:
            raise CommandError("Cần thư mục mẫu: DIR hoặc --corpus DIR.", returncode=1)
        directory = Path(given)
        if not directory.is_dir():
            raise CommandError(f"Không tìm thấy thư mục: {directory}", returncode=1)
        texts = Path(options["texts"]) if options["texts"] else None
        if texts is not None and not texts.is_dir():
            raise CommandError(f"Không tìm thấy thư mục văn bản: {texts}", returncode=1)
        try:
            reports = evaluate_corpus(directory, split=options["split"], texts=texts)
        except CorpusError as exc:
            raise CommandError(str(exc), returncode=1) from exc
        if not reports["all"].documents:
            split = "" if options["split"] == "all" else f", phần {options['split']}"
            missing = len(reports["all"].without_text)
            where = texts or directory
            raise CommandError(
                f"Không có tài liệu mẫu nào trong {directory}{split} "
                f"(cần NAME{'|'.join(TEXT_SUFFIXES)} kèm NAME.expected.json)."
                + (
                    f" Có {missing} tệp nhãn nhưng không thấy văn bản của chúng trong {where}"
                    " (chỉ thư mục văn bản bằng --texts)."
                    if missing
                    else ""
                ),
                returncode=1,
            )
        if options["format"] == "json":
            data = {"corpus": str(directory), "texts": str(texts or directory)}
            data["split"] = options["split"]
            data.update(corpus_dict(reports, mismatches=options["mismatches"]))
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        shown = f"   văn bản: {texts}" if texts else ""
        self.stdout.write(f"Bộ mẫu: {directory}{shown}   phần: {options['split']}")
        self.stdout.write(format_corpus(reports, show_mismatches=options["mismatches"]))
