"""The public surface: reconcile.__all__ is sorted, complete and importable."""

import reconcile


def test_all_is_sorted():
    """__all__ is kept in sorted order so that changes to it read clearly."""
    assert reconcile.__all__ == sorted(reconcile.__all__)


def test_all_is_complete_and_importable():
    """Every public name defined at the top level is exported, and every export exists."""
    public = {
        name
        for name, value in vars(reconcile).items()
        if not name.startswith("_") and getattr(value, "__module__", "").startswith("reconcile")
    }
    assert public <= set(reconcile.__all__)
    for name in reconcile.__all__:
        assert hasattr(reconcile, name)
