"""Trained models shipped with newsgraph; each folder has a MODEL_CARD.md."""
