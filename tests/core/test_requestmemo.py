"""A request's memo: computed once inside a request, forgotten after it and after a write."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings

from lantoa.core.requestmemo import remembered, request_memo_forget, request_memo_scope


def counter() -> tuple[list[int], Callable[[], int]]:
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    return calls, compute


def test_it_computes_once_a_request():
    calls, compute = counter()
    with request_memo_scope():
        assert [remembered("k", compute) for _ in range(3)] == [1, 1, 1]
    assert len(calls) == 1


def test_it_remembers_nothing_outside_a_request():
    calls, compute = counter()
    assert [remembered("k", compute) for _ in range(2)] == [1, 2]
    assert len(calls) == 2


def test_it_forgets_at_the_end_of_the_request():
    calls, compute = counter()
    with request_memo_scope():
        remembered("k", compute)
    with request_memo_scope():
        assert remembered("k", compute) == 2


def test_it_keeps_each_key_apart():
    with request_memo_scope():
        assert remembered(("memberships", 1), lambda: "one") == "one"
        assert remembered(("memberships", 2), lambda: "two") == "two"
        assert remembered(("memberships", 1), lambda: "other") == "one"


def test_it_forgets_when_told_a_write_happened():
    calls, compute = counter()
    with request_memo_scope():
        remembered("k", compute)
        request_memo_forget()
        assert remembered("k", compute) == 2


def test_it_gives_a_nested_scope_its_own_memo_and_restores_the_outer_one():
    with request_memo_scope():
        remembered("k", lambda: "outer")
        with request_memo_scope():
            assert remembered("k", lambda: "inner") == "inner"
        assert remembered("k", lambda: "again") == "outer"


def test_it_opens_the_memo_around_every_view():
    middleware = settings.MIDDLEWARE
    memo = middleware.index("lantoa.core.middleware.RequestMemoMiddleware")
    # After the user is known, before anything that checks rights (two-step, audit, views).
    assert middleware.index("django.contrib.auth.middleware.AuthenticationMiddleware") < memo
    assert memo < middleware.index("lantoa.accounts.middleware.TwoStepSignInMiddleware")
