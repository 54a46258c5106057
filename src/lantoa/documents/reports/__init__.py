"""Official reports written from the data: progress, final, and a unit's own report upward."""
