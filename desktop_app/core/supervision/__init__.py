"""Budget supervision in the field: visits, findings (temuan) and their follow-up."""
