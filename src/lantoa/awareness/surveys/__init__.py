"""Surveys of a campaign: anonymous Likert and open questionnaires for an audience group."""
