"""`lantoa opinion import|classify|train|evaluate|retention|alerts`: opinion monitoring."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError

from lantoa.core.commands import ActionCommand, existing_file
from lantoa.core.errors import Refused
from lantoa.core.uploads import UploadRefused
from lantoa.opinion.datasets import HELD_OUT, default_shared_dir
from lantoa.organization.models import Unit
from lantoa.organization.selectors import province_board


def _shared(value: str | None) -> Path | None:
    if value:
        path = Path(value)
        if not path.is_dir():
            raise CommandError(f"Không tìm thấy thư mục: {path}", returncode=1)
        return path
    return default_shared_dir()


class Command(ActionCommand):
    """Opinion monitoring: import exports, classify a text, train and evaluate the models."""

    help = "Dư luận xã hội: nhập dữ liệu, phân loại, huấn luyện, đánh giá, lưu giữ."

    def add_actions(self, actions: Any) -> None:
        """Declare the subcommands."""
        imp = actions.add_parser(
            "import", help="nhập tệp dữ liệu xuất ra dạng CSV/XLSX/JSON/RSS/Atom"
        )
        imp.add_argument("file")
        imp.add_argument("--unit", default="", help="mã đơn vị (mặc định: Ban)")
        imp.add_argument("--source", default="", help="tên nguồn (mặc định: tên tệp)")
        cls = actions.add_parser(
            "classify", help="phân loại một đoạn văn bản, hoặc một tệp JSON lines gồm nhiều đoạn"
        )
        given = cls.add_mutually_exclusive_group(required=True)
        given.add_argument("--text")
        given.add_argument(
            "--file", help='JSON lines, mỗi dòng {"text": ...}; mỗi kết quả in một dòng'
        )
        cls.add_argument("--format", choices=["json", "jsonl", "text"], default="json")
        train = actions.add_parser(
            "train", help="huấn luyện phiên bản mô hình mới và đưa vào sử dụng"
        )
        train.add_argument("--shared", default="", help="thư mục các bộ dữ liệu công khai")
        train.add_argument("--no-reclassify", action="store_true")
        ev = actions.add_parser(
            "evaluate", help="chấm điểm các mô hình đang dùng trên các tập kiểm tra"
        )
        ev.add_argument("--shared", default="", help="thư mục các bộ dữ liệu công khai")
        ev.add_argument(
            "--split",
            choices=list(HELD_OUT),
            default="test",
            help="tập dữ liệu trong miền (test: kèm cả test2, tập kiểm tra giữ riêng thứ hai)",
        )
        ret = actions.add_parser(
            "retention", help="ẩn danh (hoặc xóa hẳn) ý kiến đã quá thời hạn lưu giữ"
        )
        ret.add_argument("--days", type=int, default=None)
        ret.add_argument("--purge", action="store_true")
        actions.add_parser("alerts", help="kiểm tra các đột biến và cụm luận điệu mới")
        claims = actions.add_parser("claims", help="sổ luận điệu")
        claims_sub = claims.add_subparsers(dest="claims_action", required=True)
        load = claims_sub.add_parser(
            "load", help="thêm mới hoặc cập nhật luận điệu từ một danh sách JSON"
        )
        load.add_argument("file")

    def do_import(self, options: dict[str, Any]) -> None:
        """Import a file synchronously (the web page queues the same work)."""
        from lantoa.opinion.importers import records_in_child
        from lantoa.opinion.intake import items_ingest
        from lantoa.opinion.services import _after_intake

        path = existing_file(options["file"])
        unit = (
            Unit.objects.filter(code=options["unit"]).first()
            if options["unit"]
            else province_board()
        )
        if unit is None:
            missing = f"mã {options['unit']}" if options["unit"] else "của Ban"
            raise CommandError(f"Không có đơn vị {missing} (dùng --unit MÃ).", returncode=1)
        try:
            stats = items_ingest(
                # The same check and limited child process as the web import.
                records=records_in_child(path, filename=path.name),
                unit=unit,
                source=options["source"] or path.name,
            )
        except UploadRefused as exc:
            raise CommandError(exc.message, returncode=1) from exc
        _after_intake(stats)
        self.stdout.write(
            f"Đã đọc {stats.processed}, mới {stats.created}, trùng lặp {stats.duplicates}, "
            f"bỏ qua {stats.skipped}, số cụm được cập nhật {len(stats.touched_clusters)}"
        )

    def do_classify(self, options: dict[str, Any]) -> None:
        """Print sentiment, topic, toxicity and matched claim of a text or of each file line."""
        from lantoa.opinion.classify import Classifier, result_line, texts_read
        from lantoa.opinion.privacy import mask_text

        if options["file"]:
            path = existing_file(options["file"])
            try:
                texts = texts_read(path)
            except UploadRefused as exc:
                raise CommandError(f"Không đọc được {path.name}: {exc.message}") from exc
            classifier = Classifier()  # models and claims loaded once for the whole file
            for start in range(0, len(texts), 1000):
                masked = [mask_text(text) for text in texts[start : start + 1000]]
                for each in classifier.classify(masked):
                    line = result_line(each) if options["format"] == "jsonl" else each.as_dict()
                    self.stdout.write(json.dumps(line, ensure_ascii=False))
            return
        classified = Classifier().one(mask_text(options["text"]))
        if options["format"] == "jsonl":
            self.stdout.write(json.dumps(result_line(classified), ensure_ascii=False))
            return
        result = classified.as_dict()
        if options["format"] == "json":
            self.stdout.write(json.dumps(result, ensure_ascii=False, indent=2))
            return
        for key in ("language", "sentiment", "topic", "toxicity", "claim", "abstained"):
            self.stdout.write(f"{key}: {result[key]}")

    def do_train(self, options: dict[str, Any]) -> None:
        """Train and activate new versions; re-score uncorrected items."""
        from lantoa.opinion.claimshape import shape_path
        from lantoa.opinion.reclassify import items_reclassify
        from lantoa.opinion.training import models_train

        shared = _shared(options["shared"])
        if shared is None:
            self.stdout.write(
                "Không thấy ../shared/data: huấn luyện trên bộ câu mẫu và các nhãn đã hiệu chỉnh."
            )
        for version in models_train(shared_dir=shared):
            self.stdout.write(
                f"{version.task}-v{version.version}: {version.training_size} mẫu "
                f"từ {', '.join(version.sources)} -> {version.path}"
            )
        self.stdout.write(f"Dạng tin đồn (đối chiếu luận điệu): {shape_path()}")
        if not options["no_reclassify"]:
            self.stdout.write(f"Đã chấm lại {items_reclassify()} ý kiến.")

    def do_evaluate(self, options: dict[str, Any]) -> None:
        """Print macro-F1 per task beside the published figures, typed and without diacritics."""
        from lantoa.opinion.evaluation import evaluate, format_table
        from lantoa.opinion.ml import active_models

        shared = _shared(options["shared"])
        if shared is None:
            self.stdout.write("Không thấy ../shared/data: chỉ chấm tập dữ liệu trong miền.")
        models = active_models()
        self.stdout.write(
            "Mô hình đang dùng: "
            + ", ".join(
                f"{task} {'bản khởi tạo' if m.bootstrap else f'v{m.version}'}"
                for task, m in models.items()
            )
            + f"; tập dữ liệu trong miền: {options['split']}"
        )
        rows = evaluate(shared_dir=shared, split=options["split"], models=models)
        self.stdout.write(format_table(rows))
        from lantoa.opinion.claimeval import claims_report

        for split in HELD_OUT[options["split"]]:
            for line in claims_report(split=split):
                self.stdout.write(line)

    def do_retention(self, options: dict[str, Any]) -> None:
        """Anonymise or purge items past the retention period."""
        from lantoa.opinion.retention import retention_cutoff, retention_run

        try:
            count = retention_run(days=options["days"], purge=options["purge"])
        except Refused as exc:
            raise CommandError(exc.message, returncode=1) from exc
        verb = "xóa hẳn" if options["purge"] else "ẩn danh"
        cutoff = retention_cutoff(days=options["days"])
        self.stdout.write(f"Đã {verb} {count} ý kiến ghi nhận trước ngày {cutoff:%d/%m/%Y}.")

    def do_claims(self, options: dict[str, Any]) -> None:
        """Load claims from a JSON file: [{"id", "statement", "variants", "rebuttal"}, ...]."""
        from lantoa.opinion.claimsfile import claims_read
        from lantoa.opinion.services_claims import claims_load

        path = existing_file(options["file"])
        try:
            loaded = claims_load(claims=claims_read(path))
        except UploadRefused as exc:
            raise CommandError(f"Không nạp được {path.name}: {exc.message}", returncode=1) from exc
        self.stdout.write(
            f"Luận điệu: thêm mới {loaded.created}, cập nhật {loaded.updated}, "
            f"giữ nguyên {loaded.unchanged}."
        )
        if loaded.demo_retired:
            self.stdout.write(
                f"Đã ngừng theo dõi {loaded.demo_retired} luận điệu mẫu của bản demo "
                "(sổ luận điệu nạp từ tệp thay cho chúng)."
            )

    def do_alerts(self, options: dict[str, Any]) -> None:
        """Raise this week's alerts."""
        from lantoa.opinion.models import Cluster
        from lantoa.opinion.trends import alerts_check

        alerts = alerts_check(clusters=Cluster.objects.values_list("pk", flat=True))
        for alert in alerts:
            self.stdout.write(alert.title)
        self.stdout.write(f"{len(alerts)} cảnh báo mới.")
