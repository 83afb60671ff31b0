"""The Qt desktop interface. Talks only to rrr_desktop.services, never to the vault."""
