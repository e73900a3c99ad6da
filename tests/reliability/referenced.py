"""Protections of issue 7 already proven by tests elsewhere in the suite: listed here so that the reliability
report shows them, with the outcome those tests had in the same run, instead of testing them twice.

Each entry: the report's area (a test file's first docstring line puts the row beside that file's rows), the
fault, what was tried, what must hold, and the tests (file::function; every parameter of a function counts).
"""

from __future__ import annotations

KIOSK = "Kiosk escape: no way out for a visitor, and the PIN cannot be read back from what is stored"
INPUT = "Hostile input: arbitrary text typed, linked or passed on the command line answers cleanly"
CONTENT = "Content database faults: each gives one clear line and a non-zero exit, never a traceback"
SIGNED = "tests/unit/test_library_signed_updates.py::"

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
    {
        "area": CONTENT,
        "fault": "Content update in the user folder with a signature fault: unsigned; one byte changed anywhere "
        "(manifest rewritten to match); another file's signature; truncated or garbage signature; an unknown "
        "key; a development key; signed for another version than the file holds",
        "tried": "each update, newer than the bundled content, left in the user folder (byte offsets: hypothesis, "
        "30 examples); choose_db and `sarcoref show …`",
        "holds": "the bundled content is used; one line names why the update was not used",
        "tests": [SIGNED + name for name in (
            "test_an_unsigned_update_is_refused_and_the_bundled_content_shown",
            "test_one_byte_changed_anywhere_is_refused", "test_the_signature_of_another_file_is_refused",
            "test_a_truncated_signature_is_refused", "test_a_garbage_signature_is_refused",
            "test_a_signature_by_an_unknown_key_is_refused", "test_an_update_signed_by_a_development_key_is_refused",
            "test_a_signature_for_another_version_than_the_file_holds_is_refused")],
    },
    {
        "area": CONTENT,
        "fault": "Signed content update that must still be refused: an older version (rollback), another schema, "
        "a valid signature with a mismatched manifest",
        "tried": "each, signed with the publisher's (test) key, in the user folder",
        "holds": "the bundled content is used; one line names why; a newer signed update is used (the control)",
        "tests": [SIGNED + name for name in (
            "test_an_older_signed_update_is_never_used", "test_a_signed_update_of_another_schema_is_refused",
            "test_a_valid_signature_with_a_mismatched_manifest_is_refused",
            "test_a_newer_update_signed_by_the_publisher_is_used")],
    },
    {
        "area": CONTENT,
        "fault": "Bundled database altered after install, or unsigned in a frozen app",
        "tried": "a byte of a signed bundled database flipped; a frozen app without a signature beside it",
        "holds": "SarcoRef refuses to start with one line saying the installation was altered (reinstall)",
        "tests": [SIGNED + "test_a_tampered_bundled_database_is_refused_at_start",
                  SIGNED + "test_a_frozen_app_refuses_an_unsigned_bundled_database",
                  "tests/packaging/test_packaging_rules.py::"
                  "test_a_build_without_a_key_signs_its_database_with_a_one_off_development_key"],
    },
    {
        "area": KIOSK,
        "fault": "Kiosk started on unsigned content (--db an author's build)",
        "tried": "`sarcoref --kiosk --db FILE` in a second process, an organiser PIN set",
        "holds": "one line saying a kiosk shows only the publisher's content; exit 1; the same file signed is shown",
        "tests": ["tests/gui/test_unsigned_content.py::test_a_kiosk_refuses_unsigned_content",
                  "tests/gui/test_unsigned_content.py::test_a_kiosk_shows_the_publishers_content"],
    },
]  # fmt: skip
