"""One module per schema revision; every schema change needs its own."""
