"""The dashboard of EGs (issue 11): a sortable, filterable table, a completion chart, CSV and PDF exports.

table_model.py holds the rows (pure `EgRow`s from app/models/dashboard.py) and the proxy that sorts and filters
them, filter_bar.py the filters, chart.py the QtCharts completion chart, export.py the CSV and PDF files,
window.py puts them together and reads the rows off the GUI thread.
"""
