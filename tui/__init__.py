"""factdb's review app: keyboard-first claim review in Textual, on top of the factdb library."""
