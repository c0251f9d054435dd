from pathlib import Path

import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """../shared/data; tests that need it skip loudly where it is absent (a user's clone)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"SKIPPED LOUDLY: needs the shared reference data at {SHARED_DATA}, which is absent")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def _english(settings):
    settings.LANGUAGE_CODE = "en"
