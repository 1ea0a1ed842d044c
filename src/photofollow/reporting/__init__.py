"""Comparison sheets drawn with QtGui (PDF, PNG, JPEG, print)."""
