"""The map's intervention coverage theme on crafted data, and on paper read back."""

from __future__ import annotations

import subprocess

from desktop_app.core.action_plan.map_theme import coverage_class
from desktop_app.core.maps.importing import import_boundaries
from desktop_app.core.maps.themes import THEMES, compute_theme
from desktop_app.core.reports.map_report import map_report_for
from tests.maps.coverage_samples import ALL, EXPECTED, HALF, SOME, coverage_case
from tests.maps.samples import village_geojson

LABELS = ["Semua indikator jalur naik ditangani", "Sebagian (≥ 50 %)",
          "Sebagian (< 50 %)", "Belum ada yang ditangani",
          "Tidak di jalur naik / tidak ada data"]


def test_coverage_classes_at_their_bounds():
    assert [coverage_class(3, 3), coverage_class(2, 1), coverage_class(3, 2),
            coverage_class(3, 1), coverage_class(3, 0), coverage_class(1, 0)] == [
        0, 1, 1, 2, 3, 3]


def test_coverage_theme_classifies_villages_of_a_year(workspace):
    coverage_case(workspace)
    theme = THEMES["coverage"]
    with workspace.db.reading() as session:
        assert theme.years(session) == [2025, 2026]
    # The path cache is stale (new assessments): compute_theme brings it up to date first.
    data = compute_theme(workspace.db, theme, 2026, workspace.clock.today())
    assert [item.label for item in data.classes] == LABELS
    assert data.title == "Cakupan intervensi jalur naik 2026"
    assert {code: data.class_of(code) for code in EXPECTED} == EXPECTED
    assert data.value(ALL) == "3 dari 3 indikator jalur naik ditangani (100 %)"
    assert data.value(HALF) == "1 dari 2 indikator jalur naik ditangani (50 %)"
    assert data.value(SOME) == "1 dari 3 indikator jalur naik ditangani (33 %)"
    assert data.value("64.07.05.2002") == "Tidak di jalur naik / tidak ada data"
    assert data.counts(list(EXPECTED)) == [1, 1, 1, 2, 2]
    # 2025: the one agreed intervention of 2025 has no baseline before 2025.
    earlier = compute_theme(workspace.db, theme, 2025, workspace.clock.today())
    assert earlier.counts(list(EXPECTED)) == [0, 0, 0, 0, 7]


def test_coverage_map_report_reads_back_with_legend_counts(workspace, tmp_path):
    coverage_case(workspace)
    import_boundaries(workspace.db, village_geojson(tmp_path / "desa.geojson",
                                                    source="BIG RBI 10K 2023"))
    result = map_report_for(workspace.db, "coverage", 2026, workspace.clock.today(),
                            paper="A4")
    path = result.write(tmp_path / "peta-cakupan.pdf")
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    joined = " ".join(lines)
    assert "Peta Cakupan intervensi jalur naik 2026" in joined
    # The five mapped villages: one per class (64.01.01.2099 has no data).
    for label in LABELS:
        assert any(line.endswith(f"{label} 1") for line in lines), label
    assert any(line.endswith("Jumlah desa/kelurahan 5") for line in lines)
