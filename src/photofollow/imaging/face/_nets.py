"""The three face models, loaded from the package assets once per thread (cv2.dnn nets aren't thread-safe)."""

from __future__ import annotations

import threading
from importlib import resources

import numpy as np

SHORT_RANGE = "face_detection_short_range.tflite"
FULL_RANGE = "face_detection_full_range.tflite"
LANDMARK = "face_landmark.tflite"

_local = threading.local()


def _read_net(name: str):
    import cv2

    # Loading from a buffer loses one of the two outputs in OpenCV 5.0, so hand OpenCV a real file path;
    # as_file gives one even when the package is zipped. The net holds its weights after reading.
    with resources.as_file(resources.files("photofollow.assets") / "models" / name) as path:
        # The classic engine is needed in OpenCV 5: the new one returns only one of the detector's outputs.
        # OpenCV 4 has only the classic engine and no ENGINE_* names.
        engine = getattr(cv2.dnn, "ENGINE_CLASSIC", None)
        args = (str(path),) if engine is None else (str(path), engine)
        net = cv2.dnn.readNetFromTFLite(*args)
    return net, tuple(net.getUnconnectedOutLayersNames())


def run(name: str, blob: np.ndarray) -> list[np.ndarray]:
    """Run one model on an NCHW float32 blob with this thread's own copy of the net; outputs by size."""
    nets = getattr(_local, "nets", None)
    if nets is None:
        nets = _local.nets = {}
    if name not in nets:
        nets[name] = _read_net(name)
    net, outputs = nets[name]
    net.setInput(blob)
    # Output order differs between the models (and OpenCV versions): callers pick outputs by size.
    return sorted((np.asarray(o) for o in net.forward(list(outputs))), key=lambda o: o.size)
