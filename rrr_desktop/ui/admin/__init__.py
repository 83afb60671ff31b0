"""Settings pages for the organisation: users and roles, public holidays, retention
(issue 16 item 8). Each page works through the services and shows only what the user's
role may change."""
