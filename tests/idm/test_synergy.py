"""The synergy matrix counted in SQL: which assessment counts, whose actors, which villages."""

from __future__ import annotations

from desktop_app.core.idm.drafts import save_draft
from desktop_app.core.idm.queries import RegionScope
from desktop_app.core.idm.synergy import synergy_matrix, synergy_villages
from tests.idm.factories import add_official, uniform

BATU_KAJANG, KASUNGAI = "64.01.01.2001", "64.01.01.2002"
KUBAR, KUBAR_SUMMARY = "64.07.05.2001", "64.07.05.2002"


def counts(cells) -> dict[tuple[str, str, int], int]:
    return {(c.agency, c.level, c.indicator_number): c.count for c in cells}


def test_official_before_draft_and_catalogue_actors_where_no_row(workspace, idm_data):
    # Drafts where an official assessment with scores exists are not counted ...
    save_draft(workspace.db, workspace.editor, BATU_KAJANG, 2023, uniform(0))
    save_draft(workspace.db, workspace.editor, KUBAR, 2023, uniform(5, i30=0))
    # ... but a draft counts where the official one is a summary without scores; it has no
    # published rows, so its weak indicators (5 and 30) name the catalogue's actors.
    save_draft(workspace.db, workspace.editor, KUBAR_SUMMARY, 2023, uniform(5, i5=1, i30=0))
    with workspace.db.reading() as session:
        cells = synergy_matrix(session, 2023, weak_up_to=1, names_up_to=0)
        kab = synergy_matrix(session, 2023, weak_up_to=1, levels=("KAB",), names_up_to=0)
    # Batu Kajang's official rows name Dinkes and PU for 1 and only Kominfo for 30: the
    # catalogue's other actors of 30 (Desa, CSR) come from the draft alone.
    assert counts(cells) == {
        ("Dinkes", "KAB", 1): 1, ("PU", "KAB", 1): 1, ("Kominfo", "PUSAT", 30): 1,
        ("Kominfo/ Kemendes", "PUSAT", 30): 1, ("Desa", "DESA", 30): 1, ("CSR", "CSR", 30): 1,
        ("DINKES", "KAB", 5): 1, ("BPJS", "LAINNYA", 5): 1,
    }
    assert counts(kab) == {("Dinkes", "KAB", 1): 1, ("PU", "KAB", 1): 1,
                           ("DINKES", "KAB", 5): 1}
    assert all(c.villages == () for c in cells)  # counts only, names on demand
    with workspace.db.reading() as session:
        desa = next(c for c in cells if c.agency == "Desa")
        assert [code for code, _ in synergy_villages(session, desa, 2023, weak_up_to=1)] == [
            KUBAR_SUMMARY]


def test_counts_published_texts_that_differ_and_filters_by_scope(workspace, idm_data):
    with workspace.db.writing() as session:
        for code, kab in ((BATU_KAJANG, "Dinkes, PU"), (KASUNGAI, "Dinkes, PU"),
                          (KUBAR, "PU , Dinas Perkim")):  # a text unlike the others
            add_official(session, code, 2021, uniform(5, i1=2, i7=3),
                         rows={1: {"actor_kab": kab}, 7: {"actor_kab": kab}})
    with workspace.db.reading() as session:
        everywhere = synergy_matrix(session, 2021, names_up_to=0)
        paser = synergy_matrix(session, 2021, RegionScope("64.01"), names_up_to=0)
        kecamatan = synergy_matrix(session, 2021, RegionScope(district_code="64.07.05"),
                                   names_up_to=0)
        not_weak = synergy_matrix(session, 2021, weak_up_to=2, names_up_to=0)
        named = synergy_matrix(session, 2021)
        pu = next(c for c in everywhere if (c.agency, c.indicator_number) == ("PU", 1))
        pages = [synergy_villages(session, pu, 2021, offset=offset, limit=2)
                 for offset in (0, 2)]
        paser_pu = synergy_villages(session, pu, 2021, RegionScope("64.01"), limit=None)
    assert counts(everywhere) == {
        ("Dinkes", "KAB", 1): 2, ("PU", "KAB", 1): 3, ("Dinas Perkim", "KAB", 1): 1,
        ("Dinkes", "KAB", 7): 2, ("PU", "KAB", 7): 3, ("Dinas Perkim", "KAB", 7): 1}
    assert [(c.agency, c.indicator_number) for c in everywhere][:2] == [("PU", 1), ("PU", 7)]
    assert counts(paser) == {("Dinkes", "KAB", 1): 2, ("PU", "KAB", 1): 2,
                             ("Dinkes", "KAB", 7): 2, ("PU", "KAB", 7): 2}
    assert counts(kecamatan) == {("PU", "KAB", 1): 1, ("Dinas Perkim", "KAB", 1): 1,
                                 ("PU", "KAB", 7): 1, ("Dinas Perkim", "KAB", 7): 1}
    assert counts(not_weak) == {("Dinkes", "KAB", 1): 2, ("PU", "KAB", 1): 3,
                                ("Dinas Perkim", "KAB", 1): 1}  # 7 scored 3
    assert [[code for code, _ in page] for page in pages] == [[BATU_KAJANG, KASUNGAI], [KUBAR]]
    assert [code for code, _ in paser_pu] == [BATU_KAJANG, KASUNGAI]
    by_key = {(c.agency, c.level, c.indicator_number): c for c in named}
    assert by_key[("PU", "KAB", 1)].villages == tuple(
        f"{name} ({code})" for code, name in pages[0] + pages[1])
    assert all(c.count == len(c.villages) for c in named)


def test_the_spreadsheet_says_when_the_villages_names_were_not_read(tmp_path):
    from openpyxl import load_workbook

    from desktop_app.core.idm.export import export_synergy_matrix
    from desktop_app.core.idm.synergy import SynergyCell

    named = SynergyCell("Dinas PU", "KAB", 12, "Akses jalan", 1, ("Sungai Mariam (64.02)",))
    counted = SynergyCell("Dinas PU", "KAB", 12, "Akses jalan", 83_762)
    export_synergy_matrix([named], tmp_path / "named.xlsx", "Kabupaten")
    export_synergy_matrix([counted], tmp_path / "counted.xlsx", "Nasional")
    named_sheet = load_workbook(tmp_path / "named.xlsx").active
    counted_sheet = load_workbook(tmp_path / "counted.xlsx").active
    assert named_sheet["F2"].value == "Desa"
    assert named_sheet["F3"].value == "Sungai Mariam (64.02)"
    assert counted_sheet["E3"].value == 83_762
    assert "nama tidak dicantumkan" in counted_sheet["F2"].value
