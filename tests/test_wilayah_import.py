from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop_app.core.models import District, Village
from desktop_app.core.problems import Cancelled, InputFileError
from desktop_app.core.regions.codes import Level
from desktop_app.core.regions.wilayah_import import import_wilayah
from desktop_app.core.workspace import open_workspace
from tests.conftest import SMALL_WILAYAH, write_wilayah


@pytest.fixture
def empty_workspace(tmp_path):
    opened = open_workspace(tmp_path / "data")
    yield opened
    opened.close()


def villages(workspace) -> dict[str, tuple[str, str, bool]]:
    with workspace.db.reading() as session:
        return {v.code: (v.name, v.kind, v.active) for v in session.scalars(select(Village))}


def test_import_adds_every_level_and_reimport_changes_nothing(empty_workspace, small_wilayah):
    report = import_wilayah(empty_workspace.db, small_wilayah)
    assert report.counts[Level.VILLAGE].added == 10
    assert report.counts[Level.DISTRICT].added == 5
    rows = villages(empty_workspace)
    assert rows["64.07.05.2001"] == ("Long Iram Bayan", "kampung", True)
    assert rows["64.72.01.1001"][1] == "kelurahan"

    again = import_wilayah(empty_workspace.db, small_wilayah)
    assert not again.changed
    assert again.counts[Level.VILLAGE].unchanged == 10
    assert villages(empty_workspace) == rows


def test_reimport_renames_adds_and_marks_missing_villages(empty_workspace, tmp_path):
    import_wilayah(empty_workspace.db, write_wilayah(tmp_path / "v1"))
    files = dict(SMALL_WILAYAH)
    files["villages.csv"] = (
        SMALL_WILAYAH["villages.csv"]
        .replace("Kasungai", "Kasungai Baru")
        .replace("64.01.02.2004,64.01.02,Random\n", "64.01.02.2005,64.01.02,Tapis\n")
    )
    files["districts.csv"] = SMALL_WILAYAH["districts.csv"].replace("Palaran", "Palaran Raya")
    report = import_wilayah(empty_workspace.db, write_wilayah(tmp_path / "v2", files))
    counts = report.counts[Level.VILLAGE]
    assert (counts.added, counts.retired) == (1, 1)
    assert counts.updated == 3  # one rename, two villages in the renamed kecamatan
    rows = villages(empty_workspace)
    assert rows["64.01.01.2002"][0] == "Kasungai Baru"
    assert rows["64.01.02.2004"] == ("Random", "desa", False)  # kept, marked
    assert rows["64.01.02.2005"][2] is True

    back = import_wilayah(empty_workspace.db, write_wilayah(tmp_path / "v3"))
    assert back.counts[Level.VILLAGE].reactivated == 1
    assert villages(empty_workspace)["64.01.02.2004"][2] is True


def test_province_filter_imports_and_retires_only_that_province(empty_workspace, small_wilayah,
                                                                tmp_path):
    import_wilayah(empty_workspace.db, small_wilayah)
    files = dict(SMALL_WILAYAH)
    files["villages.csv"] = SMALL_WILAYAH["villages.csv"].replace(
        "64.01.01.2003,64.01.01,Sungai Terik\n", "")
    import_wilayah(empty_workspace.db, write_wilayah(tmp_path / "kaltim", files), province="64")
    rows = villages(empty_workspace)
    assert rows["64.01.01.2003"][2] is False
    assert rows["63.01.01.2001"][2] is True  # another province, untouched


def test_ten_digit_codes_are_accepted(empty_workspace, tmp_path):
    files = {name: text for name, text in SMALL_WILAYAH.items()}
    files["villages.csv"] = "code,district_code,name\n6401012001,640101,Batu Kajang\n"
    import_wilayah(empty_workspace.db, write_wilayah(tmp_path / "plain", files))
    assert villages(empty_workspace) == {"64.01.01.2001": ("Batu Kajang", "desa", True)}


def _village_count(workspace) -> int:
    with workspace.db.reading() as session:
        return session.scalar(select(func.count()).select_from(Village))


@pytest.mark.parametrize(
    ("file", "content", "expected"),
    [
        ("villages.csv", "kode,district_code,name\n",
         "villages.csv, baris 1: kolom code tidak ada"),
        ("villages.csv", "code,district_code,name\n64.01.01.2001,64.01.01,A\n64.01.01.20X2,"
         "64.01.01,B\n", "villages.csv, baris 3: kode '64.01.01.20X2' tidak sah"),
        ("villages.csv", "code,district_code,name\n64.01.01.2001,64.01.01,A\n"
         "64.01.01.2001,64.01.01,B\n", "villages.csv, baris 3: kode 64.01.01.2001 ganda"),
        ("villages.csv", "code,district_code,name\n64.01.01.2001,64.01.02,A\n",
         "villages.csv, baris 2: kode 64.01.01.2001 tidak berada di bawah kode induk 64.01.02"),
        ("villages.csv", "code,district_code,name\n64.01.09.2001,64.01.09,A\n",
         "villages.csv, baris 2: kode 64.01.09.2001: induk 64.01.09 tidak ada di districts.csv"),
        ("villages.csv", "", "villages.csv: berkas kosong"),
        ("villages.csv", "code,district_code,name\n", "villages.csv: tidak berisi data"),
        ("villages.csv", "code,district_code,name\n64.01.01.2001,64.01.01\n",
         "villages.csv, baris 2: ada 2 kolom, seharusnya 3"),
        ("villages.csv", "code,district_code,name\n64.01.01.2001,64.01.01,A\n64.01.01.2002,"
         "64.01.01,\n", "villages.csv, baris 3: nama kosong"),
    ],
)
def test_malformed_files_are_refused_whole(empty_workspace, tmp_path, file, content, expected):
    files = dict(SMALL_WILAYAH, **{file: content})
    folder = write_wilayah(tmp_path / "bad", files)
    with pytest.raises(InputFileError) as error:
        import_wilayah(empty_workspace.db, folder)
    assert expected in str(error.value)
    assert _village_count(empty_workspace) == 0


def test_wrong_encoding_names_the_line(empty_workspace, tmp_path):
    folder = write_wilayah(tmp_path / "latin1")
    text = "code,district_code,name\n64.01.01.2001,64.01.01,Batu\n64.01.01.2002,64.01.01,Peñas\n"
    (folder / "villages.csv").write_bytes(text.encode("latin-1"))
    with pytest.raises(InputFileError, match=r"villages.csv, baris 3: pengodean teks bukan UTF-8"):
        import_wilayah(empty_workspace.db, folder)


def test_a_spreadsheet_is_not_a_csv(empty_workspace, tmp_path):
    folder = write_wilayah(tmp_path / "xlsx")
    (folder / "regencies.csv").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    with pytest.raises(InputFileError, match=r"regencies.csv: bukan berkas CSV"):
        import_wilayah(empty_workspace.db, folder)
    assert _village_count(empty_workspace) == 0


def test_missing_file_is_named(empty_workspace, tmp_path):
    folder = write_wilayah(tmp_path / "three")
    (folder / "districts.csv").unlink()
    with pytest.raises(InputFileError, match=r"districts.csv: berkas tidak ditemukan"):
        import_wilayah(empty_workspace.db, folder)


def test_cancel_rolls_everything_back(empty_workspace, small_wilayah, monkeypatch):
    import desktop_app.core.regions.wilayah_import as module

    monkeypatch.setattr(module, "CHUNK", 2)
    calls = {"n": 0}

    def cancel_on_third_check() -> bool:
        calls["n"] += 1
        return calls["n"] >= 3

    with pytest.raises(Cancelled):
        import_wilayah(empty_workspace.db, small_wilayah, is_cancelled=cancel_on_third_check)
    with empty_workspace.db.reading() as session:
        assert session.scalar(select(func.count()).select_from(District)) == 0
    assert calls["n"] == 3


@pytest.mark.shared_data
def test_real_kalimantan_timur_list(empty_workspace, shared_data_dir: Path):
    report = import_wilayah(empty_workspace.db, shared_data_dir / "wilayah", province="64")
    assert report.counts[Level.VILLAGE].added == 1038
    assert report.counts[Level.DISTRICT].added == 105
    assert report.counts[Level.REGENCY].added == 10
    with empty_workspace.db.reading() as session:
        kinds = {kind: n for kind, n in session.execute(
            select(Village.kind, func.count()).group_by(Village.kind))}
    assert kinds["kelurahan"] == 197
    assert kinds["desa"] + kinds["kampung"] == 841


@pytest.mark.shared_data
def test_real_national_list_imports_and_reimports_unchanged(empty_workspace, shared_data_dir):
    report = import_wilayah(empty_workspace.db, shared_data_dir / "wilayah")
    assert report.counts[Level.VILLAGE].added == 83_762
    assert report.counts[Level.PROVINCE].added == 38
    again = import_wilayah(empty_workspace.db, shared_data_dir / "wilayah")
    assert not again.changed
