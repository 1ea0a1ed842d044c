"""Decoding, EXIF, previews, face landmarks, measurements, registration and the consistency checks (no Qt)."""
