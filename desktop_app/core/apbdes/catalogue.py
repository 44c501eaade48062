"""The APBDes account catalogue and the Dana Desa rule sets, loaded from ``resources/apbdes``.

Both are data an administrator may edit; nothing here hard-codes a code or a percentage.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache, cached_property
from pathlib import Path

from desktop_app.core.idm.catalogue import resources_dir

SOURCES = ("DD", "ADD", "BHP", "BKP", "BKK", "PADes", "lainnya")
ACCOUNT_CODE = re.compile(r"^[456](\.\d{1,3})*$")
ACTIVITY_CODE = re.compile(r"^\d{2}(\.\d{2}){0,2}$")


@dataclass(frozen=True)
class Account:
    code: str
    name: str
    source: str | None  # the source of funds a revenue account brings


@dataclass(frozen=True)
class AccountCatalogue:
    version: str
    accounts: dict[str, Account]
    activities: dict[str, str]  # bidang "02" and sub-bidang "02.02" -> name

    def account_for(self, code: str) -> Account | None:
        """The account of ``code``, or of its nearest listed ancestor when that ancestor
        lists no children (so ``5.2.1.01`` falls under ``5.2``, but ``4.2.9`` is unknown)."""
        parts = code.split(".")
        for size in range(len(parts), 0, -1):
            found = self.accounts.get(".".join(parts[:size]))
            if found is None:
                continue
            if size == len(parts):
                return found
            return None if found.code in self._parents or size < 2 else found
        return None

    @cached_property
    def _parents(self) -> frozenset[str]:
        """Codes that list children of their own."""
        return frozenset(".".join(c.split(".")[:size]) for c in self.accounts
                         for size in range(1, c.count(".") + 1))

    def knows_activity(self, code: str) -> bool:
        """A bidang or sub-bidang listed, or a kegiatan under a listed sub-bidang."""
        return ".".join(code.split(".")[:2]) in self.activities


@dataclass(frozen=True)
class UseRule:
    id: str
    label: str
    kind: str  # "max" | "min"
    percent: Decimal
    activity_prefixes: tuple[str, ...]
    description_keywords: tuple[str, ...]


def load_accounts(path: Path) -> AccountCatalogue:
    data = json.loads(path.read_text(encoding="utf-8"))
    accounts = {a["code"]: Account(a["code"], a["name"], a.get("source"))
                for a in data["accounts"]}
    activities: dict[str, str] = {}
    for bidang in data["bidang"]:
        activities[bidang["code"]] = bidang["name"]
        for sub in bidang.get("sub", []):
            activities[sub["code"]] = sub["name"]
    return AccountCatalogue(str(data["version"]), accounts, activities)


def load_rules(path: Path) -> dict[int, tuple[UseRule, ...]]:
    """Rule sets by fiscal year."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        int(rule_set["fiscal_year"]): tuple(
            UseRule(r["id"], r["label"], r["kind"], Decimal(str(r["percent"])),
                    tuple(r.get("activity_prefixes", [])),
                    tuple(k.lower() for k in r.get("description_keywords", [])))
            for r in rule_set["rules"])
        for rule_set in data["rule_sets"]
    }


@cache
def default_accounts() -> AccountCatalogue:
    return load_accounts(resources_dir() / "apbdes" / "accounts.json")


@cache
def default_rules() -> dict[int, tuple[UseRule, ...]]:
    return load_rules(resources_dir() / "apbdes" / "dana_desa_rules.json")
