"""CareGuide's clinical rules: pure Python, standard library only.

Nothing in this package may import Django, Wagtail or any third-party library; a test
(clinical/tests/test_purity.py) enforces it. See clinical/README.md.
"""
