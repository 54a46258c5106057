"""Time from `lantoa serve` to the first 200 response, on a fresh and on a migrated data folder."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def time_to_first_200(data_dir: str) -> float:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LANTOA_")}
    env["LANTOA_DATA_DIR"] = data_dir
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "lantoa", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                with urllib.request.urlopen(
                    f"http://127.0.0.1:{port}/tai-khoan/dang-nhap/", timeout=2
                ) as response:
                    if response.status == 200:
                        return time.perf_counter() - started
            except OSError:
                time.sleep(0.02)
            if time.perf_counter() - started > 120:
                raise RuntimeError("the server did not answer within 120 s")
    finally:
        process.terminate()
        process.wait(30)


def main() -> None:
    with tempfile.TemporaryDirectory() as data_dir:
        fresh = time_to_first_200(data_dir)
        warm = [time_to_first_200(data_dir) for _ in range(3)]
    print(f"lantoa serve → first 200, empty data folder (runs all migrations): {fresh:.2f} s")
    print(f"lantoa serve → first 200, migrated data folder (median of 3): {sorted(warm)[1]:.2f} s")


if __name__ == "__main__":
    main()
