"""HTTP API (FastAPI): routers, request models, dependencies and middleware."""
