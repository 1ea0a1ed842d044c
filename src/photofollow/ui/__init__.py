"""The Qt Widgets desktop program on top of the services."""
