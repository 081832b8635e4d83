"""The default-content loader: content files in the repo -> published CMS content.

schema.py reads and checks the files (no database); writer.py writes them (one
transaction). Run it with `manage.py load_default_content`.
"""
