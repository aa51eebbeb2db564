"""Layout recovery: typed blocks (headline, teaser, captions…) and boilerplate removal."""
