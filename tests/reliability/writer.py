"""A child process for the kill and concurrency tests: it writes to a user store in a loop and prints
each write only after it returned (so after its COMMIT). Not a test module.

    python tests/reliability/writer.py FOLDER TAG [COUNT]     (no COUNT: until killed)
"""

import os
import sys
import time
from pathlib import Path

from sarcoref.data.userstore import UserStore


def zoom_for(i: int) -> int:
    return 50 + (i * 7) % 251


def main() -> int:
    folder, tag = Path(sys.argv[1]), sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else None
    store = UserStore(folder)
    if store.notice:
        print(f"NOTICE {store.notice}", flush=True)
    go = os.environ.get("WRITER_GO")  # start together: say "ready", then wait for the go file to appear
    if go:
        Path(f"{go}.ready-{tag}").touch()
    while go and not os.path.exists(go):
        time.sleep(0.001)
    i = 0
    while count is None or i < count:
        if i % 3 == 0:
            ok = store.add_bookmark(f"{tag}-{i}", f"{tag} bookmark {i} " + "x" * 400, "section")
            what = f"B {tag}-{i}"
        elif i % 3 == 1:
            ok = store.set("zoom", zoom_for(i))
            what = f"Z {zoom_for(i)} {i}"
        else:
            ok = store.add_recent(f"{tag}-{i}", f"{tag} recent {i}", "trial")
            what = f"R {tag}-{i}"
        print(f"{'OK' if ok else 'FAIL'} {what}", flush=True)
        i += 1
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
