"""Size limits of the web server (shared by the app's middleware and the routes)."""
MAX_BODY = 1_500_000          # bytes: 100k Chinese characters form-encoded take ~900 kB
MAX_EXTRACT_CHARS = 100_000
