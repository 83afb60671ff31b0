"""Handoff bundles: encrypted, signed files for sync and referral between organisations."""
