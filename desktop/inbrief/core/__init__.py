"""Analysis: pure Python, never imports Qt."""
