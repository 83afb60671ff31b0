"""Case tabs for return preparation: risk, pre-departure checklist, travel, the six messages."""
