"""A study contest round under load: N phones fetch the entry form and post it through real HTTP.

    .venv/bin/python benchmarks/awareness_contest_load.py [--database-url URL]
        [--clients 40] [--entries 2000] [--threads 16] [--processes 1] [--repeat-share 0.05]

Builds a throwaway database (SQLite, or a fresh PostgreSQL database on the given server) with a
campaign, ten approved questions and a contest round open now, then starts the real server
(`lantoa serve`: waitress, like production) and N concurrent clients (threads, http.client with
keep-alive). Each entrant is a new phone: it fetches the form (its own cookies, CSRF token and
signed sheet with its random question order), answers, and posts it with a different address
(X-Forwarded-For behind LANTOA_BEHIND_PROXY, as behind the province's proxy, so the per-address
throttle sees many phones as it would). A share of entrants posts the same sheet a second time
(a double tap): that must be refused. Prints submissions/s, p50/p95 of the POST and of the whole
entry (GET + POST), and checks that every accepted entry is stored once (0 lost, 0 doubled).
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _throwaway_db import throwaway_database  # noqa: E402

TICKET = re.compile(r'name="phieu" value="([^"]+)"')
QUESTION = re.compile(r'name="(q\d+)" value="(\d+)"')
UNIT = re.compile(r'<option value="(\d+)"')


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def prepare() -> str:
    """Migrate, load the province, and open a contest round of ten questions; return its code."""
    import datetime

    import django

    django.setup()
    from django.core.management import call_command
    from django.utils import timezone

    from lantoa.audit.context import audit_covered
    from lantoa.awareness.services import question_approve, question_create
    from lantoa.awareness.services_contests import contest_create, contest_round_add
    from lantoa.campaigns.proposal import CampaignProposal, GroupProposal, TaskProposal
    from lantoa.campaigns.services import campaign_create
    from lantoa.organization.demo import province_load_demo
    from lantoa.organization.models import Unit, UnitKind, UnitState

    call_command("migrate", verbosity=0)
    board = province_load_demo()
    units = Unit.objects.filter(state=UnitState.ACTIVE).exclude(kind=UnitKind.BOARD)
    with audit_covered("benchmark set-up"):
        campaign = campaign_create(
            owner=board,
            proposal=CampaignProposal(
                title="Đợt thử tải cuộc thi",
                subject_type="Kết luận",
                groups=[
                    GroupProposal(
                        heading="Các đơn vị",
                        unit_ids=[u.pk for u in units],
                        tasks=[TaskProposal(text="Tổ chức cuộc thi tìm hiểu")],
                    )
                ],
            ),
            user=None,
        )
        for i in range(12):
            question_approve(
                question=question_create(
                    campaign=campaign,
                    kind="single",
                    text=f"Câu hỏi thử số {i + 1}?",
                    options=["Phương án A", "Phương án B", "Phương án C", "Phương án D"],
                    correct=[i % 4],
                    tag="quan_diem",
                    difficulty=2,
                    user=None,
                ),
                user=None,
            )
        contest = contest_create(
            campaign=campaign,
            title="Cuộc thi thử tải",
            rules="",
            consent="Dữ liệu chỉ dùng để trao giải.",
            retention_days=30,
            winners=10,
            user=None,
        )
        now = timezone.now()
        contest_round = contest_round_add(
            contest=contest,
            opens_at=now - datetime.timedelta(minutes=1),
            closes_at=now + datetime.timedelta(days=1),
            draw=10,
            tie_break="Dự đoán số lượt dự thi?",
            tie_break_answer=None,
            user=None,
        )
    from django.db import connections

    connections.close_all()
    return contest_round.code


class Phone:
    """One client thread: a keep-alive connection that plays many entrants in turn."""

    def __init__(self, port: int, path: str) -> None:
        self.port, self.path = port, path
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def request(
        self, method: str, body: str | None, headers: dict[str, str]
    ) -> tuple[int, str, list[str]]:
        for attempt in range(2):
            try:
                self.conn.request(method, self.path, body=body, headers=headers)
                response = self.conn.getresponse()
                text = response.read().decode()
                return response.status, text, response.headers.get_all("Set-Cookie") or []
            except (http.client.HTTPException, OSError):
                self.conn.close()
                self.conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt:
                    raise
        raise AssertionError("unreachable")


def cookies_of(set_cookies: list[str]) -> str:
    return "; ".join(c.split(";", 1)[0] for c in set_cookies)


def entrant(phone: Phone, number: int, address: str, double: bool, out: dict) -> None:
    """Fetch the form as a new phone, answer, post; maybe post the same sheet again."""
    headers = {"X-Forwarded-For": address, "Host": "127.0.0.1"}
    started = time.perf_counter()
    status, html, set_cookies = phone.request("GET", None, headers)
    if status != 200:
        out["get_errors"].append(status)
        return
    ticket = TICKET.search(html)
    units = UNIT.findall(html)
    cookie = cookies_of(set_cookies)
    csrf = re.search(r"csrftoken=([^;]+)", cookie)
    if not (ticket and units and csrf):
        out["get_errors"].append("form")
        return
    rng = random.Random(number)
    answers: dict[str, str] = {}
    for name, value in QUESTION.findall(html):
        if name not in answers or rng.random() < 0.3:
            answers[name] = value
    body = urlencode(
        {
            "csrfmiddlewaretoken": csrf.group(1),
            "phieu": ticket.group(1),
            "ho_ten": f"Thí sinh số {number}",
            "don_vi": rng.choice(units),
            "dien_thoai": f"09{number:08d}",
            "dong_y": "1",
            "du_doan": str(rng.randint(1000, 9000)),
            **answers,
        }
    )
    post_headers = {
        **headers,
        "Cookie": cookie,
        "Content-Type": "application/x-www-form-urlencoded",
    }
    posted = time.perf_counter()
    status, html, _ = phone.request("POST", body, post_headers)
    done = time.perf_counter()
    if status == 200 and "Đã ghi nhận" in html:
        out["accepted"].append(number)
        out["post_ms"].append((done - posted) * 1000)
        out["entry_ms"].append((done - started) * 1000)
    else:
        out["post_errors"].append(status)
    if double:
        again, html, _ = phone.request("POST", body, post_headers)
        out["doubles"].append(again == 400 and "đã dự thi" in html)


def drive(port: int, code: str, args: argparse.Namespace) -> tuple[dict, float]:
    out: dict[str, list] = {
        k: [] for k in ("accepted", "post_ms", "entry_ms", "get_errors", "post_errors", "doubles")
    }
    lock = threading.Lock()
    counter = iter(range(args.entries))

    def client() -> None:
        phone = Phone(port, f"/cuoc-thi/{code}/")
        local: dict[str, list] = {k: [] for k in out}
        while True:
            with lock:
                number = next(counter, None)
            if number is None:
                break
            address = f"10.{number // 65536 % 256}.{number // 256 % 256}.{number % 256}"
            double = random.Random(-number).random() < args.repeat_share
            try:
                entrant(phone, number, address, double, local)
            except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
                local["post_errors"].append(type(exc).__name__)
        with lock:
            for k, v in local.items():
                out[k].extend(v)

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return out, time.perf_counter() - started


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(share * 100) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--clients", type=int, default=40)
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=16, help="waitress threads per process")
    parser.add_argument("--processes", type=int, default=1, help="waitress processes")
    parser.add_argument("--repeat-share", type=float, default=0.05)
    args = parser.parse_args()
    engine, cleanup = throwaway_database(url=args.database_url, name="contest")
    server = None
    try:
        code = prepare()
        port = free_port()
        log_path = Path(os.environ["LANTOA_DATA_DIR"]) / "serve.log"
        log = log_path.open("wb")
        env = {**os.environ, "LANTOA_BEHIND_PROXY": "1", "LANTOA_LOG_LEVEL": "WARNING"}
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "lantoa",
                "serve",
                "--port",
                str(port),
                "--threads",
                str(args.threads),
                "--processes",
                str(args.processes),
                "--no-worker",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        wait_for(port, server, log_path)
        cpu_before, client_before = cpu_seconds(server.pid), time.process_time()
        out, elapsed = drive(port, code, args)
        out["server_cpu"] = [cpu_seconds(server.pid) - cpu_before]
        out["client_cpu"] = [time.process_time() - client_before]
        report(engine, args, out, elapsed)
    finally:
        if server is not None:
            server.terminate()
            server.wait(30)
        cleanup()


def cpu_seconds(pid: int) -> float:
    """Return the CPU time the server and its live child processes have used, from /proc."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def wait_for(port: int, server: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server stopped: {log_path.read_text()[-2000:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/healthz")
            if conn.getresponse().status == 200:
                return
        except OSError:
            time.sleep(0.2)
        time.sleep(0.2)
    raise RuntimeError(f"the server did not answer within 120 s: {log_path.read_text()[-2000:]}")


def report(engine: str, args: argparse.Namespace, out: dict, elapsed: float) -> None:
    from django.db.models import Count

    from lantoa.awareness.models import ContestEntry

    stored = ContestEntry.objects.count()
    people = ContestEntry.objects.values("person").distinct().count()
    names = ContestEntry.objects.values("name").annotate(n=Count("pk")).filter(n__gt=1).count()
    accepted = out["accepted"]
    stored_numbers = {
        int(name.rsplit(" ", 1)[1]) for name in ContestEntry.objects.values_list("name", flat=True)
    }
    lost = len(set(accepted) - stored_numbers)
    print(
        f"{engine}: {args.clients} clients, {args.entries} entrants (GET the form, POST it), "
        f"waitress {args.processes} process(es) × {args.threads} threads, machine shared "
        f"({os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f})"
    )
    print(
        f"  accepted {len(accepted)} in {elapsed:.1f} s: {len(accepted) / elapsed:.0f} "
        f"submissions/s"
    )
    print(
        f"  POST p50 {percentile(out['post_ms'], 0.5):.0f} ms, p95 "
        f"{percentile(out['post_ms'], 0.95):.0f} ms; whole entry (GET + POST) p50 "
        f"{percentile(out['entry_ms'], 0.5):.0f} ms, p95 {percentile(out['entry_ms'], 0.95):.0f} ms"
    )
    print(
        f"  stored {stored} entries, {people} distinct persons; lost {lost}; "
        f"stored but not acknowledged {len(stored_numbers - set(accepted))}; "
        f"names stored twice {names}"
    )
    cpu_ms = out["server_cpu"][0] * 1000 / max(len(accepted), 1)
    client_ms = out["client_cpu"][0] * 1000 / max(len(accepted), 1)
    print(
        f"  server CPU {cpu_ms:.1f} ms per entry (GET + POST, all processes: at most "
        f"{1000 / cpu_ms:.0f} entries/s per free core); this client's CPU {client_ms:.1f} ms "
        "per entry (same cores)"
    )
    doubles = out["doubles"]
    print(
        f"  second posts of the same sheet: {len(doubles)}, refused {sum(doubles)}; "
        f"GET errors {len(out['get_errors'])}, POST errors {len(out['post_errors'])} "
        f"{sorted(set(map(str, out['post_errors'])))[:5]}"
    )


if __name__ == "__main__":
    main()
