"""Qt widgets: read a Brief, run analysis through a worker, never analyse on the UI thread."""
