"""Protections of issue 7 already proven by tests elsewhere in the suite: listed here so that the reliability
report shows them, with the outcome those tests had in the same run, instead of testing them twice.

Each entry: the report's area (a test file's first docstring line puts the row beside that file's rows), the
fault, what was tried, what must hold, and the tests (file::function; every parameter of a function counts).
"""

from __future__ import annotations

KIOSK = "Kiosk escape: no way out for a visitor, and the PIN cannot be read back from what is stored"
INPUT = "Hostile input: arbitrary text typed, linked or passed on the command line answers cleanly"

REFERENCED = [
    {
        "area": KIOSK,
        "fault": "Kiosk exit keys: Alt+F4, Esc, Ctrl+Q, Ctrl+W, F11 (and Ctrl+C)",
        "tried": "each key sent to the kiosk window, its content page and its search field",
        "holds": "refused by the kiosk's application-wide guard; the window stays full screen on the same page; "
        "the application does not quit",
        "tests": ["tests/gui/test_kiosk.py::test_exit_keys_are_refused"],
    },
    {
        "area": KIOSK,
        "fault": "Kiosk close requests: close(), a close event (what Alt+F4 and a title bar's X become), the "
        "window manager's close; leaving full screen or minimising",
        "tried": "each request made on the running kiosk window",
        "holds": "refused; the kiosk stays visible, full screen, on the same page",
        "tests": [
            "tests/gui/test_kiosk.py::test_close_requests_are_refused",
            "tests/gui/test_kiosk.py::test_leaving_full_screen_is_undone",
        ],
    },  # fmt: skip
    {
        "area": KIOSK,
        "fault": "A second launch (sarcoref --open ID) while the kiosk runs; a second kiosk",
        "tried": "the deep link a second launch sends to the running copy; a second kiosk lock in the same session",
        "holds": "the kiosk does not move; the second kiosk does not start",
        "tests": ["tests/gui/test_kiosk.py::test_a_second_open_launch_does_not_take_over"],
    },
    {
        "area": KIOSK,
        "fault": "The kiosk PIN as stored",
        "tried": "sarcoref kiosk-pin and save_pin: the file read back; the same PIN set twice",
        "holds": "the file holds a 16-byte random salt and a scrypt hash, never the PIN; the same PIN twice gives "
        "two different salts and hashes; the file is readable by its owner only",
        "tests": [
            "tests/gui/test_kiosk_config.py::test_the_pin_is_stored_as_a_salted_hash_that_verifies",
            "tests/gui/test_kiosk_config.py::test_the_same_pin_twice_gives_two_different_hashes",
            "tests/gui/test_kiosk_config.py::test_kiosk_pin_reads_stdin_and_stores_only_a_hash",
        ],
    },  # fmt: skip
    {
        "area": KIOSK,
        "fault": "Arbitrary text checked as the kiosk PIN",
        "tried": "hypothesis: any text, up to 100 characters (60 examples)",
        "holds": "verify_pin answers True for the PIN only, False for anything else; never raises",
        "tests": ["tests/gui/test_kiosk_config.py::test_verifying_any_text_answers_cleanly"],
    },
    {
        "area": INPUT,
        "fault": "Arbitrary command lines",
        "tried": "hypothesis: lists of up to 8 arguments drawn from every option, command and value SarcoRef "
        "knows plus any text (250 examples, and fixed examples with NUL bytes and 10,000 characters), "
        "run through sarcoref's main() with the GUI replaced by a recorder",
        "holds": "exit 0, 1 or 2; a failure is one line starting 'sarcoref: '; never a traceback",
        "tests": [
            "tests/unit/test_cli.py::test_no_traceback_for_any_argv",
            "tests/unit/test_cli.py::test_usage_errors_exit_2_with_one_line",
        ],
    },  # fmt: skip
]
