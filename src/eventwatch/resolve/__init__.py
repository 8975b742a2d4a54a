"""Resolution of an event's fields: dates, places, actors, fatalities."""
