"""APBDes supervision: account catalogue, budgets, realisation import and checks (Qt-free)."""
