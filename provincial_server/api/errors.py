"""Error answers: always JSON ``{"detail": ...}`` in Bahasa Indonesia, never a bare 500."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

log = logging.getLogger("provincial_server.errors")

_MESSAGES = {
    "json_invalid": "JSON tidak sah",
    "missing": "wajib ada",
    "extra_forbidden": "kolom tidak dikenal",
    "string_type": "harus teks",
    "int_type": "harus bilangan bulat",
    "bool_type": "harus ya/tidak (boolean)",
    "dict_type": "harus objek JSON",
    "list_type": "harus daftar",
    "model_attributes_type": "harus objek JSON",
    "string_too_long": "terlalu panjang",
    "string_too_short": "terlalu pendek",
    "too_long": "terlalu banyak butir",
    "too_short": "terlalu sedikit butir",
    "string_pattern_mismatch": "bentuknya tidak sah",
    "literal_error": "nilainya tidak dikenal",
    "greater_than_equal": "terlalu kecil",
    "less_than_equal": "terlalu besar",
    "int_parsing": "harus bilangan bulat",
}
_STATUS_TEXT = {
    400: "Permintaan tidak sah", 401: "Perlu masuk", 403: "Tidak diizinkan",
    404: "Tidak ditemukan", 405: "Metode tidak diizinkan", 413: "Permintaan terlalu besar",
    415: "Jenis isi tidak didukung",
}


def _allowed(request: Request) -> str:
    """Every method of the path (Starlette names only the first route that matched it)."""
    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE:
            methods |= getattr(route, "methods", None) or set()
    return ", ".join(sorted(methods))


def install(app: FastAPI) -> None:
    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        detail = error.detail
        if detail == "There was an error parsing the body":
            detail = "Isi permintaan bukan JSON yang sah"
        elif not isinstance(detail, str) or detail in ("Not Found", "Method Not Allowed"):
            detail = _STATUS_TEXT.get(error.status_code, str(detail))
        headers = getattr(error, "headers", None)
        if error.status_code == 405:
            headers = {**(headers or {}), "Allow": _allowed(request)}
        return JSONResponse({"detail": detail}, error.status_code, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        errors = []
        for item in error.errors()[:20]:
            where = ".".join(str(part) for part in item.get("loc", ()))
            errors.append({"loc": where, "msg": _MESSAGES.get(item.get("type", ""),
                                                             "nilai tidak sah")})
        first = f"{errors[0]['loc']}: {errors[0]['msg']}" if errors else ""
        return JSONResponse({"detail": f"Isi permintaan tidak sah ({first})", "errors": errors},
                            422)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return JSONResponse({"detail": "Terjadi kesalahan di server; kejadian ini sudah dicatat"},
                            500)
