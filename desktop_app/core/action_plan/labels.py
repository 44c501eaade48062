"""Indonesian names of actor kinds, budget sources and intervention statuses."""

from __future__ import annotations

from desktop_app.core.i18n import translate


def kind_labels() -> dict[str, str]:
    return {
        "kementerian": translate("ActionPlan", "Kementerian/lembaga"),
        "opd_provinsi": translate("ActionPlan", "OPD provinsi"),
        "opd_kabupaten": translate("ActionPlan", "OPD kabupaten/kota"),
        "pemerintah_desa": translate("ActionPlan", "Pemerintah desa"),
        "bumdes": translate("ActionPlan", "BUMDes"),
        "csr": translate("ActionPlan", "Perusahaan (CSR)"),
        "perguruan_tinggi": translate("ActionPlan", "Perguruan tinggi"),
        "lsm": translate("ActionPlan", "LSM"),
    }


def source_labels() -> dict[str, str]:
    return {
        "apbn": translate("ActionPlan", "APBN"),
        "apbd_provinsi": translate("ActionPlan", "APBD Provinsi"),
        "apbd_kabupaten": translate("ActionPlan", "APBD Kabupaten/Kota"),
        "apbdes": translate("ActionPlan", "APBDes/Dana Desa"),
        "bantuan_keuangan": translate("ActionPlan", "Bantuan Keuangan"),
        "csr": translate("ActionPlan", "CSR"),
        "swadaya": translate("ActionPlan", "Swadaya"),
        "lainnya": translate("ActionPlan", "Lainnya"),
    }


def status_labels() -> dict[str, str]:
    return {
        "diusulkan": translate("ActionPlan", "Diusulkan"),
        "disepakati": translate("ActionPlan", "Disepakati"),
        "berjalan": translate("ActionPlan", "Berjalan"),
        "selesai": translate("ActionPlan", "Selesai"),
        "batal": translate("ActionPlan", "Batal"),
    }


def effect_labels() -> dict[str, str]:
    return {
        "improved": translate("ActionPlan", "Naik"),
        "unchanged": translate("ActionPlan", "Tetap"),
        "fell": translate("ActionPlan", "Turun"),
        "not_assessed": translate("ActionPlan", "Belum dinilai"),
    }
