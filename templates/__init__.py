"""The built-in report templates of `pa report` (Jinja2), shipped inside the wheel.

This file only makes the directory a package, so that both a wheel and an editable
install find it with importlib.resources; the templates are the *.j2 files beside it.
"""
