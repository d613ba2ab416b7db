"""Executors: how batches are run (in-process, process pool, Ray)."""
