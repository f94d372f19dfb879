"""Render stage: reports filled into sandboxed Jinja templates; Markdown, HTML and PDF."""
