"""The Qt views. They read content only through sarcoref.data.library and hold no medical text."""
