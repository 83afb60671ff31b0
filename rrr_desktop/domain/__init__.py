"""Pure domain: pydantic models and workflow gates. No Qt, no SQL, no I/O."""
