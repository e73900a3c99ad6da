"""SarcoRef's performance harness (not shipped): every figure beside its floor, measured in the same run.

Run it with `uv run python -m benchmarks` (see docs/performance.md).
"""
