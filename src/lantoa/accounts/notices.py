"""What a person is told after a write about an account (the sentences shared by pages)."""

from __future__ import annotations


def tokens_revoked_notice(*, revoked: int, own: bool) -> str:
    """Return the sentence telling that API tokens were revoked, or "" when there were none."""
    if not revoked:
        return ""
    whose = "của bạn" if own else "của họ"
    again = " Cấp mã mới ở trang Mã truy cập API nếu phần mềm khác còn cần." if own else ""
    return f" {revoked} mã truy cập API {whose} đã bị thu hồi.{again}"
