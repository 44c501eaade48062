"""Keys of the database's ``local_setting`` rows that are read without the ORM too."""

USER_NAME = "user_name"
FIRST_RUN_DONE = "first_run_done"
WORK_REGENCY = "work_regency"  # the first-run wizard's working area
WORK_DISTRICT = "work_district"
