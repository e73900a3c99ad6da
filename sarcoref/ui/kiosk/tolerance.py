"""The app's side-by-side tolerance view, with label columns wide enough for kiosk-size type on a portrait
screen (the desktop's 18 % would break "Predictability" in two)."""

from __future__ import annotations

from ..tolerance_view import ToleranceView

PORTRAIT_SIDE = (26, 37, 37)
PORTRAIT_LABELLED = (26, 74)


class KioskToleranceView(ToleranceView):
    def _style_tables(self, page, widths):
        if self.width() < self.height() and len(widths) == 2:
            widths = (PORTRAIT_SIDE, PORTRAIT_LABELLED)
        super()._style_tables(page, widths)

    def resizeEvent(self, e):  # noqa: N802 (Qt override)
        portrait = self.width() < self.height()
        super().resizeEvent(e)
        # Tabs share the whole width (a style sheet stops QTabBar from expanding them): long labels fit.
        share = max(100, (self.width() - 8) // max(1, self.tabs.count()))
        self.tabs.tabBar().setStyleSheet(f"QTabBar::tab {{ width: {share - 32}px; }}")
        if portrait != getattr(self, "_portrait", None):
            self._portrait = portrait
            self._render()
