"""Public-opinion items, their labels, claims and rebuttals, clusters, imports, models and alerts.

Privacy: no table holds a person's profile. An item keeps only a keyed pseudonym of its
author's handle, used to recognise a re-import; nothing lists items by it.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import models

from lantoa.organization.models import Unit


class Sentiment(models.TextChoices):
    POSITIVE = "positive", "Tích cực"
    NEUTRAL = "neutral", "Trung lập"
    NEGATIVE = "negative", "Tiêu cực"


class ModelTask(models.TextChoices):
    SENTIMENT = "sentiment", "Sắc thái"
    TOPIC = "topic", "Chủ đề"
    TOXICITY = "toxicity", "Độc hại, xúc phạm"


class ItemState(models.TextChoices):
    OK = "ok", "Bình thường"
    EMPTY = "empty", "Không có chữ (chỉ biểu tượng hoặc rỗng)"
    OTHER_LANGUAGE = "other_language", "Ngôn ngữ khác"
    ANONYMISED = "anonymised", "Đã ẩn danh (hết hạn lưu giữ)"


class Topic(models.Model):
    """A topic of the board-editable list; keywords route items to it even before training."""

    slug = models.SlugField("mã", max_length=40, unique=True)
    name = models.CharField("tên chủ đề", max_length=120)
    keywords = models.JSONField("từ khóa", default=list, blank=True)
    position = models.PositiveSmallIntegerField("thứ tự", default=0)
    active = models.BooleanField("đang dùng", default=True)

    class Meta:
        verbose_name = "chủ đề dư luận"
        verbose_name_plural = "chủ đề dư luận"
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name


class ClaimState(models.TextChoices):
    DRAFT = "draft", "Dự thảo phản bác"
    APPROVED = "approved", "Đã duyệt"
    RETIRED = "retired", "Ngừng theo dõi"


class ClaimStance(models.TextChoices):
    SPREADS = "spreads", "Lan truyền"
    REFUTES = "refutes", "Phản bác"


class Claim(models.Model):
    """A false or distorted statement about the directive, its variants and its rebuttal."""

    # The id a claims file gives (`lantoa opinion claims load`); claims added on the page get one.
    key = models.CharField("mã", max_length=100, unique=True, null=True, blank=True)
    statement = models.TextField("luận điệu sai lệch")
    variants = models.JSONField("các biến thể", default=list, blank=True)
    rebuttal = models.TextField("thông tin phản bác", blank=True)
    materials = models.JSONField("tài liệu trả lời", default=list, blank=True)
    topic = models.ForeignKey(
        Topic, on_delete=models.SET_NULL, null=True, blank=True, verbose_name="chủ đề"
    )
    state = models.CharField(
        "trạng thái", max_length=10, choices=ClaimState.choices, default=ClaimState.DRAFT
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người duyệt",
    )
    approved_at = models.DateTimeField("ngày duyệt", null=True, blank=True)
    # Who last wrote the rebuttal: they may not approve it themselves.
    rebuttal_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="người soạn phản bác",
    )
    # A sample of `lantoa demo`: a registry file loaded later retires it (see claims_load).
    is_demo = models.BooleanField("luận điệu mẫu", default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "luận điệu sai lệch"
        verbose_name_plural = "luận điệu sai lệch"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.statement[:80]


class Cluster(models.Model):
    """Near-duplicate items: one story told many times."""

    representative = models.TextField("nội dung tiêu biểu (đã che thông tin cá nhân)")
    count = models.PositiveIntegerField("số lượt", default=0)
    first_seen = models.DateField("xuất hiện lần đầu")
    last_seen = models.DateField("xuất hiện gần nhất")
    claim = models.ForeignKey(
        Claim, on_delete=models.SET_NULL, null=True, blank=True, related_name="clusters"
    )
    # MinHash signature of the first item, to check candidates found through the bands.
    signature = models.BinaryField(editable=False)
    alerted_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "cụm tin trùng lặp"
        verbose_name_plural = "cụm tin trùng lặp"
        ordering = ["-count"]

    def __str__(self) -> str:
        return f"{self.representative[:60]} ({self.count})"


class ClusterBand(models.Model):
    """One LSH band key of a member's MinHash signature, pointing at the member's cluster."""

    key = models.CharField(max_length=24, db_index=True)
    cluster = models.ForeignKey(Cluster, on_delete=models.CASCADE, related_name="bands")
    # The member's own signature: a retelling is compared with the member it resembles.
    signature = models.BinaryField(editable=False, null=True)

    def __str__(self) -> str:
        return self.key


class ImportState(models.TextChoices):
    QUEUED = "queued", "Đang chờ"
    RUNNING = "running", "Đang nhập"
    DONE = "done", "Hoàn thành"
    FAILED = "failed", "Lỗi"


class ImportJob(models.Model):
    """An uploaded export (CSV, XLSX, JSON, RSS/Atom) taken in by the worker."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, verbose_name="địa bàn")
    source = models.CharField("nguồn", max_length=200)
    filename = models.CharField("tên tệp", max_length=255)
    path = models.CharField(max_length=500)
    size = models.BigIntegerField("dung lượng", default=0)
    state = models.CharField(max_length=10, choices=ImportState.choices, default=ImportState.QUEUED)
    processed = models.PositiveIntegerField("đã đọc", default=0)
    created = models.PositiveIntegerField("mục mới", default=0)
    duplicates = models.PositiveIntegerField("trùng", default=0)
    skipped = models.PositiveIntegerField("bỏ qua", default=0)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    # The worker's last sign of life on a running job (at start and after each batch): a job
    # silent for longer than services.IMPORT_STALE_AFTER lost its worker.
    heartbeat_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "lần nhập dữ liệu"
        verbose_name_plural = "các lần nhập dữ liệu"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.filename} ({self.get_state_display()})"


# The source of every collaborator's note (an import's source is the name staff typed).
COLLABORATOR_SOURCE = "cong-tac-vien"


def cluster_claim(members: Iterable[tuple[int | None, str]]) -> int | None:
    """Return the claim a cluster is about: the first of its members (claim, stance) spreading one.

    A member refuting a story («tin sai, đừng tin») never makes the cluster that story's.
    """
    spreads = ClaimStance.SPREADS
    return next((claim for claim, stance in members if claim and stance == spreads), None)


def counted() -> models.Q:
    """Match the items the dashboard, the report and the spike alerts count (state OK)."""
    # The one rule: empty (emoji only), other-language and anonymised items stay listed, uncounted.
    return models.Q(state=ItemState.OK)


class Item(models.Model):
    """One opinion: a collaborator's note, or an imported comment, post or news entry."""

    unit = models.ForeignKey(Unit, on_delete=models.PROTECT, verbose_name="địa bàn")
    source = models.CharField("nguồn", max_length=200)
    source_id = models.CharField("mã ở nguồn", max_length=200)
    # Keyed HMAC of the author's handle: recognises re-imports, never shown or listed.
    author_key = models.CharField(max_length=32, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="cộng tác viên gửi",
    )
    import_job = models.ForeignKey(ImportJob, on_delete=models.SET_NULL, null=True, blank=True)
    text = models.TextField("nội dung (đã che thông tin cá nhân)")
    # The text folded (core.text.fold): the list's search finds "thu hồi" typed "thu hoi".
    search_key = models.TextField(default="", blank=True, editable=False)
    observed_on = models.DateField("ngày ghi nhận", db_index=True)
    audience = models.CharField("nhóm đối tượng", max_length=120, blank=True)
    channel = models.CharField("nơi nghe/thấy", max_length=200, blank=True)
    link = models.URLField("đường dẫn", max_length=500, blank=True)
    state = models.CharField(max_length=16, choices=ItemState.choices, default=ItemState.OK)
    language = models.CharField("ngôn ngữ", max_length=8, default="vi")
    no_diacritics = models.BooleanField("gõ không dấu", default=False)
    sentiment = models.CharField(max_length=10, choices=Sentiment.choices, blank=True)
    sentiment_score = models.FloatField(null=True, blank=True)
    topic = models.ForeignKey(Topic, on_delete=models.SET_NULL, null=True, blank=True)
    topic_score = models.FloatField(null=True, blank=True)
    toxic = models.BooleanField(default=False)
    toxicity_score = models.FloatField(null=True, blank=True)
    claim = models.ForeignKey(
        Claim, on_delete=models.SET_NULL, null=True, blank=True, related_name="items"
    )
    claim_score = models.FloatField(null=True, blank=True)
    # Whether the item spreads the matched claim or refutes it ("tin sai, đừng tin").
    claim_stance = models.CharField(
        "lan truyền hay phản bác", max_length=8, choices=ClaimStance.choices, blank=True
    )
    cluster = models.ForeignKey(
        Cluster, on_delete=models.SET_NULL, null=True, blank=True, related_name="items"
    )
    # The smallest classifier confidence: staff review the least sure items first.
    confidence = models.FloatField(null=True, blank=True, db_index=True)
    # The tasks whose model was not sure enough (below its dev-chosen confidence): a person
    # decides them in the "cần rà soát nhãn" queue, which lists these items first.
    abstained = models.JSONField("chưa đủ chắc chắn", default=list, blank=True)
    corrected = models.BooleanField("đã hiệu chỉnh", default=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = "ý kiến dư luận"
        verbose_name_plural = "ý kiến dư luận"
        ordering = ["-observed_on", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "source_id"], name="opinion_item_unique_source"
            )
        ]
        indexes = [models.Index(fields=["unit", "observed_on"])]

    def __str__(self) -> str:
        return f"#{self.pk} {self.observed_on:%d/%m/%Y}"

    @property
    def source_name(self) -> str:
        """Return the source as people read it (a collaborator's note: the role, in words)."""
        if self.source == COLLABORATOR_SOURCE:
            return "Cộng tác viên dư luận xã hội"
        return self.source


class Correction(models.Model):
    """A staff member's label for an item; retraining adds these to the training set."""

    item = models.ForeignKey(Item, on_delete=models.CASCADE, related_name="corrections")
    task = models.CharField(max_length=10, choices=ModelTask.choices)
    label = models.CharField(max_length=40)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "nhãn hiệu chỉnh"
        verbose_name_plural = "nhãn hiệu chỉnh"
        constraints = [
            models.UniqueConstraint(fields=["item", "task"], name="opinion_one_correction_per_task")
        ]

    def __str__(self) -> str:
        return f"{self.task}={self.label}"

    @property
    def label_display(self) -> str:
        """Return the label as the item page names it (Tiêu cực, Có, the topic's name)."""
        if self.task == ModelTask.SENTIMENT:
            return str(dict(Sentiment.choices).get(self.label, self.label))
        if self.task == ModelTask.TOXICITY:
            return {"toxic": "Có", "clean": "Không"}.get(self.label, self.label)
        topic = Topic.objects.filter(slug=self.label).only("name").first()
        return topic.name if topic else self.label


class ModelVersion(models.Model):
    """A trained classifier saved in the data folder; one active version per task."""

    task = models.CharField(max_length=10, choices=ModelTask.choices)
    version = models.PositiveIntegerField()
    path = models.CharField(max_length=500)
    trained_at = models.DateTimeField()
    metrics = models.JSONField(default=dict, blank=True)
    training_size = models.PositiveIntegerField(default=0)
    sources = models.JSONField(default=list, blank=True)
    active = models.BooleanField(default=False)

    class Meta:
        verbose_name = "phiên bản mô hình"
        verbose_name_plural = "phiên bản mô hình"
        ordering = ["task", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["task", "version"], name="opinion_model_version_unique")
        ]

    def __str__(self) -> str:
        return f"{self.task}-v{self.version}"


class AlertKind(models.TextChoices):
    SPIKE = "spike", "Tăng đột biến"
    NEW_CLUSTER = "new_cluster", "Cụm thông tin sai lệch mới"


class Alert(models.Model):
    """A spike in volume or a new claim cluster, raised once to board staff."""

    kind = models.CharField(max_length=12, choices=AlertKind.choices)
    key = models.CharField(max_length=120, unique=True)
    unit = models.ForeignKey(Unit, on_delete=models.CASCADE, null=True, blank=True)
    cluster = models.ForeignKey(Cluster, on_delete=models.SET_NULL, null=True, blank=True)
    week_start = models.DateField(null=True, blank=True)
    title = models.CharField(max_length=255)
    body = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # Hidden, not deleted: the kept key stops the same spike or cluster being raised again.
    dismissed_at = models.DateTimeField(null=True, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = "cảnh báo dư luận"
        verbose_name_plural = "cảnh báo dư luận"
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title


# Kept in its own module so this one stays readable; imported here so Django registers it.
from lantoa.opinion.report_models import OpinionReport  # noqa: E402, F401
