"""A second `sarcoref --open ID` hands the id to the running copy instead of starting another."""

from sarcoref.ui.instance import SingleInstance


def test_second_launch_hands_its_deep_link_to_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    second = SingleInstance(tmp_path)
    assert not second.acquire(), "the lock is held by the running copy"
    with qtbot.waitSignal(first.open_requested, timeout=5000) as got:
        assert second.send("STEREOSARC")
    assert got.args == ["STEREOSARC"]
    first.release()


def test_a_garbled_request_is_ignored(qtbot, tmp_path):
    first = SingleInstance(tmp_path)
    assert first.acquire()
    request = tmp_path / "open-request.json"
    with qtbot.assertNotEmitted(first.open_requested, wait=200):
        request.write_text("{not json", encoding="utf-8")
        first._check()
    assert not request.exists(), "a garbled request is dropped"
    first.release()
