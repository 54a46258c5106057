"""Django's SQLite backend with a fair, blocking write lock shared by every process."""
