"""The kinds of IDM import the File menu offers; importing this loads no importer."""

RUMUSAN, SHEET, TEMPLATE = "rumusan", "sheet", "template"
