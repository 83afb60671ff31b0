"""Settings pages for the organisation: users and roles, public holidays, retention
Each page works through the services and shows only what the user's
role may change."""
