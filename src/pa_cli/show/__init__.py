"""Show stage: the text, JSON, CSV, Markdown and terminal forms of each answer."""
