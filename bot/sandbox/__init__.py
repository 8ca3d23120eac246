"""A local fake Discord (REST + gateway on 127.0.0.1) and the console that drives the real bot."""
